package org.fazhi.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.fazhi.organization.internal.UnitTransfer;
import org.fazhi.organization.internal.UnitWorkbook;
import org.fazhi.platform.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Excel export (system administrators and coordinators) and import with preview (system administrators).
 * The previewed rows wait in the session under a one-time token until the administrator confirms.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class UnitTransferController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final int MAX_ROWS = 5000;
    private static final String SESSION_PREFIX = "org.import.";

    private final UnitTransfer transfer;

    UnitTransferController(UnitTransfer transfer) {
        this.transfer = transfer;
    }

    @GetMapping("/admin/units/export")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'COORDINATOR')")
    public ResponseEntity<byte[]> export() {
        String file = "units-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(XLSX)).body(transfer.export());
    }

    @GetMapping("/admin/units/import")
    public String importForm() {
        return "organization/import";
    }

    @PostMapping("/admin/units/import")
    public String preview(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session,
                          Model model, HttpServletResponse response) {
        try {
            List<UnitWorkbook.SheetRow> rows = read(file);
            UnitTransfer.Preview preview = transfer.preview(rows);
            model.addAttribute("preview", preview);
            if (preview.valid()) {
                String token = UUID.randomUUID().toString();
                session.setAttribute(SESSION_PREFIX + token, rows);
                model.addAttribute("token", token);
            } else {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
        } catch (DomainException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            FormErrors.show(model, e);
        }
        return "organization/import";
    }

    @PostMapping("/admin/units/import/apply")
    public String apply(@RequestParam String token, HttpSession session, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        @SuppressWarnings("unchecked")
        List<UnitWorkbook.SheetRow> rows = (List<UnitWorkbook.SheetRow>) session.getAttribute(SESSION_PREFIX + token);
        try {
            if (rows == null) {
                throw new DomainException("error.org.import.expired");
            }
            transfer.apply(rows);
            session.removeAttribute(SESSION_PREFIX + token);
            redirect.addFlashAttribute("flash", "org.flash.imported");
            return "redirect:/admin/units";
        } catch (DomainException | DataIntegrityViolationException | OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            FormErrors.show(model, FormErrors.refusal(e));
            return "organization/import";
        }
    }

    private static List<UnitWorkbook.SheetRow> read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new DomainException("error.org.import.empty");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new DomainException("error.org.import.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        try (InputStream in = file.getInputStream()) {
            return UnitWorkbook.read(in, MAX_ROWS);
        } catch (IOException e) {
            throw new DomainException("error.org.import.notXlsx");
        }
    }
}
