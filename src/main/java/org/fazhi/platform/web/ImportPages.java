package org.fazhi.platform.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.fazhi.platform.ImportPreview;
import org.fazhi.platform.ImportRows;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a register's Excel import, office only: {@code GET <base>/import}, {@code GET
 * <base>/import/template.xlsx}, {@code POST <base>/import} (preview) and {@code POST <base>/import/apply}. A register
 * extends it in a {@code @Controller} mapped to {@code /<register>} ({@link ImportFlow} does the work).
 */
@PreAuthorize("hasRole('COORDINATOR')")
public abstract class ImportPages {

    private final ImportFlow flow;
    private final Supplier<byte[]> template;

    /**
     * @param register  the register's name (its path and the view {@code <register>/import})
     * @param template  the template workbook
     * @param previewer reads the upload (content, file name) and lists every row's problem
     * @param applier   saves all rows or none
     */
    protected ImportPages(String register, Supplier<byte[]> template,
                          BiFunction<byte[], String, ImportPreview<?>> previewer, BiConsumer<byte[], String> applier) {
        this.flow = new ImportFlow(register, ImportRows.MAX_BYTES, previewer, applier);
        this.template = template;
    }

    @GetMapping("/import")
    public String form() {
        return flow.register() + "/import";
    }

    @GetMapping("/import/template.xlsx")
    public ResponseEntity<byte[]> template() {
        return flow.template(template.get());
    }

    @PostMapping("/import")
    public String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model)
            throws IOException {
        return flow.preview(file, session, model);
    }

    @PostMapping("/import/apply")
    public String apply(@RequestParam String token, HttpSession session, RedirectAttributes redirect) {
        return flow.apply(token, session, redirect);
    }
}
