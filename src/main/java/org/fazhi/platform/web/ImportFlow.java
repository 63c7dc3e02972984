package org.fazhi.platform.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.function.BiFunction;
import java.util.function.BiConsumer;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.ImportPreview;
import org.fazhi.platform.PendingUploads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The web side of a register's Excel import, the same for every register: the template download, the upload
 * and its preview (the file waits in the session under a one-time token while the preview is shown), and the
 * all-or-nothing apply.
 *
 * @param register  the register's name (session key and path: {@code /<register>/import})
 * @param maxBytes  the largest upload accepted
 * @param previewer reads the file and lists every row's problem
 * @param applier   saves all rows or none (throws {@link DomainException} when refused)
 */
public record ImportFlow(String register, long maxBytes, BiFunction<byte[], String, ImportPreview<?>> previewer,
                         BiConsumer<byte[], String> applier) {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The template as a download named {@code <register>-template.xlsx}. */
    public ResponseEntity<byte[]> template(byte[] xlsx) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + register + "-template.xlsx\"")
                .body(xlsx);
    }

    /** Shows the preview (and, when nothing is wrong, the token to apply it) on the register's import page. */
    public String preview(MultipartFile file, HttpSession session, Model model) throws IOException {
        try {
            if (file.getSize() > maxBytes) {
                throw new DomainException("error.import.tooLarge", maxBytes / (1024 * 1024));
            }
            byte[] content = file.getBytes();
            ImportPreview<?> preview = previewer.apply(content, file.getOriginalFilename());
            model.addAttribute("preview", preview);
            if (preview.ok()) {
                model.addAttribute("token", PendingUploads.put(session, register,
                        new PendingUploads.Upload(content, file.getOriginalFilename())));
            }
        } catch (DomainException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
        }
        return register + "/import";
    }

    /** Applies the previewed file once; an expired or used token, or a refusal, returns to the import page. */
    public String apply(String token, HttpSession session, RedirectAttributes redirect) {
        PendingUploads.Upload pending = PendingUploads.take(session, register, token);
        if (pending == null) {
            redirect.addFlashAttribute("flashError", "error." + register + ".import.expired");
            return "redirect:/" + register + "/import";
        }
        try {
            applier.accept(pending.content(), pending.fileName());
            redirect.addFlashAttribute("flash", register + ".import.done");
            return "redirect:/" + register;
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
            return "redirect:/" + register + "/import";
        }
    }
}
