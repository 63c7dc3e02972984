package org.fazhi.reconsideration.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.fazhi.platform.web.ImportFlow;
import org.fazhi.reconsideration.internal.CaseImport;
import org.fazhi.reconsideration.internal.ImportTemplate;
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
 * problem by row and rule, then apply all new rows or none ({@link ImportFlow}).
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class CaseImportController {

    private final ImportFlow flow;

    CaseImportController(CaseImport imports) {
        this.flow = new ImportFlow("reconsideration", CaseImport.MAX_BYTES, imports::preview, imports::apply);
    }

    @GetMapping("/reconsideration/import")
    String form() {
        return "reconsideration/import";
    }

    @GetMapping("/reconsideration/import/template.xlsx")
    ResponseEntity<byte[]> template() {
        return flow.template(ImportTemplate.xlsx());
    }

    @PostMapping("/reconsideration/import")
    String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        return flow.preview(file, session, model);
    }

    @PostMapping("/reconsideration/import/apply")
    String apply(@RequestParam String token, HttpSession session, RedirectAttributes redirect) {
        return flow.apply(token, session, redirect);
    }
}
