package org.fazhi.reconsideration.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.platform.DomainException;
import org.fazhi.reconsideration.internal.CaseImport;
import org.fazhi.reconsideration.internal.ImportTemplate;
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
 * Excel import of existing cases (office only): download the template, upload for a preview naming every
 * problem by row and rule, then apply all rows or none. The upload waits in the session under a one-time token.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class CaseImportController {

    private static final String KEY = CaseImportController.class.getName();
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private final CaseImport imports;

    CaseImportController(CaseImport imports) {
        this.imports = imports;
    }

    @GetMapping("/reconsideration/import")
    String form() {
        return "reconsideration/import";
    }

    @GetMapping("/reconsideration/import/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reconsideration-template.xlsx\"")
                .body(ImportTemplate.xlsx());
    }

    @PostMapping("/reconsideration/import")
    String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        if (file.getSize() > MAX_BYTES) {
            model.addAttribute("errorKey", "error.reconsideration.import.tooLarge");
            return "reconsideration/import";
        }
        byte[] content = file.getBytes();
        try {
            CaseImport.Preview preview = imports.preview(content);
            model.addAttribute("preview", preview);
            if (preview.ok()) {
                model.addAttribute("token", put(session, content));
            }
        } catch (DomainException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
        }
        return "reconsideration/import";
    }

    @PostMapping("/reconsideration/import/apply")
    String apply(@RequestParam String token, HttpSession session, RedirectAttributes redirect) {
        byte[] content = pending(session).remove(token);
        if (content == null) {
            redirect.addFlashAttribute("flashError", "error.reconsideration.import.expired");
            return "redirect:/reconsideration/import";
        }
        try {
            List<Long> ids = imports.apply(content);
            redirect.addFlashAttribute("flash", "reconsideration.import.done");
            redirect.addFlashAttribute("importedCount", ids.size());
            return "redirect:/reconsideration";
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
            return "redirect:/reconsideration/import";
        }
    }

    private static String put(HttpSession session, byte[] content) {
        Map<String, byte[]> map = pending(session);
        if (map.size() >= 3) {
            map.clear();
        }
        String token = UUID.randomUUID().toString();
        map.put(token, content);
        return token;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, byte[]> pending(HttpSession session) {
        synchronized (session) {
            Object existing = session.getAttribute(KEY);
            if (existing == null) {
                existing = new ConcurrentHashMap<String, byte[]>();
                session.setAttribute(KEY, existing);
            }
            return (Map<String, byte[]>) existing;
        }
    }
}
