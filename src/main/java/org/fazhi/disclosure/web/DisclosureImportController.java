package org.fazhi.disclosure.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.fazhi.disclosure.internal.DisclosureImport;
import org.fazhi.disclosure.internal.ImportTemplate;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.ImportPreview;
import org.fazhi.platform.PendingUploads;
import org.springframework.http.HttpHeaders;
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
 * Excel import of existing requests (office only): download the template, upload for a preview naming every
 * problem by row and rule, then apply all new rows or none. The upload waits in the session under a one-time
 * token.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class DisclosureImportController {

    private static final String REGISTER = "disclosure";

    private final DisclosureImport imports;
    private final CurrentUsers users;

    DisclosureImportController(DisclosureImport imports, CurrentUsers users) {
        this.imports = imports;
        this.users = users;
    }

    @GetMapping("/disclosure/import")
    String form() {
        return "disclosure/import";
    }

    @GetMapping("/disclosure/import/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"disclosure-template.xlsx\"")
                .body(ImportTemplate.xlsx());
    }

    @PostMapping("/disclosure/import")
    String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        try {
            if (file.getSize() > DisclosureImport.MAX_BYTES) {
                throw new DomainException("error.import.tooLarge", DisclosureImport.MAX_BYTES / (1024 * 1024));
            }
            byte[] content = file.getBytes();
            ImportPreview<DisclosureImport.ImportRow> preview = imports.preview(content, file.getOriginalFilename());
            model.addAttribute("preview", preview);
            if (preview.ok()) {
                model.addAttribute("token", PendingUploads.put(session, REGISTER,
                        new PendingUploads.Upload(content, file.getOriginalFilename())));
            }
        } catch (DomainException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
        }
        return "disclosure/import";
    }

    @PostMapping("/disclosure/import/apply")
    String apply(@RequestParam String token, HttpSession session, RedirectAttributes redirect) {
        PendingUploads.Upload pending = PendingUploads.take(session, REGISTER, token);
        if (pending == null) {
            redirect.addFlashAttribute("flashError", "error.disclosure.import.expired");
            return "redirect:/disclosure/import";
        }
        try {
            imports.apply(pending.content(), pending.fileName(), users.require());
            redirect.addFlashAttribute("flash", "disclosure.import.done");
            return "redirect:/disclosure";
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
            return "redirect:/disclosure/import";
        }
    }
}
