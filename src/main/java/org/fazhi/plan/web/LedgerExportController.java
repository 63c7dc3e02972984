package org.fazhi.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.plan.ledger.CsvLedgerWriter;
import org.fazhi.plan.ledger.ExcelLedgerWriter;
import org.fazhi.plan.ledger.Ledger;
import org.fazhi.plan.ledger.LedgerAccess;
import org.fazhi.plan.ledger.LedgerBuilder;
import org.fazhi.plan.ledger.LedgerLabels;
import org.fazhi.plan.ledger.WordLedgerWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Ledger downloads — Excel 台账, Word 任务分工方案, CSV — of a whole plan or of one unit ({@code ?unit=}). A
 * unit's liaison or leader may download only their own unit's ledger (never the whole plan), with his own unit's
 * report texts and the other units of his tasks as lights only ({@code LedgerBuilder}). Files stream to the
 * response; a link's {@code ?dl=} token comes back as a cookie when the download starts, ending the link's busy
 * state.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'CITY_LEADER', 'UNIT_LIAISON', 'UNIT_LEADER')")
class LedgerExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Cookie echoing the export link's token ({@code ?dl=}) once the file starts to download. */
    static final String DOWNLOAD_COOKIE = "fazhiDownload";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{1,40}");

    /** Writes a ledger to a stream in one format. */
    private interface Format {
        void write(Ledger ledger, LedgerLabels labels, OutputStream out) throws IOException;
    }

    private final LedgerBuilder builder;
    private final CurrentUsers users;
    private final MessageSource messages;

    LedgerExportController(LedgerBuilder builder, CurrentUsers users, MessageSource messages) {
        this.builder = builder;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/plans/{id}/ledger.xlsx")
    void excel(@PathVariable long id, @RequestParam(required = false) Long unit,
            @RequestParam(name = "dl", required = false) String download, Locale locale, HttpServletResponse response)
            throws IOException {
        export(id, unit, download, locale, XLSX, "xlsx", ExcelLedgerWriter::write, response);
    }

    @GetMapping("/plans/{id}/ledger.docx")
    void word(@PathVariable long id, @RequestParam(required = false) Long unit,
            @RequestParam(name = "dl", required = false) String download, Locale locale, HttpServletResponse response)
            throws IOException {
        export(id, unit, download, locale, DOCX, "docx", WordLedgerWriter::write, response);
    }

    @GetMapping("/plans/{id}/ledger.csv")
    void csv(@PathVariable long id, @RequestParam(required = false) Long unit,
            @RequestParam(name = "dl", required = false) String download, Locale locale, HttpServletResponse response)
            throws IOException {
        export(id, unit, download, locale, "text/csv;charset=UTF-8", "csv", CsvLedgerWriter::write, response);
    }

    private void export(long id, Long unit, String download, Locale locale, String contentType, String extension,
                        Format format, HttpServletResponse response) throws IOException {
        CurrentUser user = users.require();
        LedgerAccess.requireMayExport(user, unit);
        Ledger ledger = builder.build(id, unit, user);
        if (download != null && TOKEN.matcher(download).matches()) {
            // fazhi.js shows the export link as busy until this cookie arrives with the response's headers
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(DOWNLOAD_COOKIE, download).path("/")
                    .maxAge(Duration.ofMinutes(1)).sameSite("Lax").build().toString());
        }
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName(ledger, extension), StandardCharsets.UTF_8).build().toString());
        format.write(ledger, new LedgerLabels(messages, locale), response.getOutputStream());
        response.flushBuffer();
    }

    private static String fileName(Ledger ledger, String extension) {
        String base = (ledger.docNumber() == null ? ledger.title() : ledger.docNumber())
                + (ledger.unitName() == null ? "" : "-" + ledger.unitName());
        return base.replaceAll("[\\\\/:*?\"<>|\\s]", "_") + "." + extension;
    }
}
