package org.fazhi.plan.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitPicker;
import org.fazhi.organization.UnitView;
import org.fazhi.organization.UnitRegistration;
import org.fazhi.plan.internal.ImportPreview;
import org.fazhi.plan.internal.PlanImportService;
import org.fazhi.platform.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 导入通知 — the coordinator pastes or uploads a notice, sees the preview (sections, tasks, units
 * resolved, unknown names to map, warnings, what a re-import changes) and saves it in one step.
 */
@Controller
@RequestMapping("/plans/import")
@PreAuthorize("hasRole('COORDINATOR')")
class PlanImportController {

    private final PlanImportService imports;
    private final UnitDirectory directory;
    private final UnitRegistration registration;
    private final UnitPicker picker;

    PlanImportController(PlanImportService imports, UnitDirectory directory, UnitRegistration registration,
                         UnitPicker picker) {
        this.imports = imports;
        this.directory = directory;
        this.registration = registration;
        this.picker = picker;
    }

    @GetMapping
    String form() {
        return "plan/import";
    }

    @PostMapping("/preview")
    String upload(@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
                  HttpSession session, Model model) throws IOException {
        if (file != null && file.getSize() > imports.maxNoticeBytes()) {
            model.addAttribute("preview", imports.tooLarge(file.getSize()));
            return "plan/preview";
        }
        PendingImports.Pending pending = file != null && !file.isEmpty()
                ? new PendingImports.Pending(file.getBytes(), file.getOriginalFilename())
                : new PendingImports.Pending(text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8),
                        "notice.txt");
        String token = PendingImports.put(session, pending);
        return preview(token, UnitMappings.none(), pending, model);
    }

    /** Shows the preview again with the mappings typed or chosen (a name or an id per unknown name). */
    @PostMapping("/recheck")
    String recheck(@RequestParam String token, @RequestParam(required = false) List<String> names,
                   @RequestParam(required = false) List<String> units, HttpSession session, Model model,
                   RedirectAttributes redirect) {
        Optional<PendingImports.Pending> pending = PendingImports.get(session, token);
        if (pending.isEmpty()) {
            return stale(redirect);
        }
        return preview(token, UnitMappings.read(picker, names, units), pending.get(), model);
    }

    /**
     * 新建单位 — registers the unknown name of row {@code create} as a new unit of the row's kind and shows the
     * preview again with every row as submitted (typed text and choices kept); a refusal (no kind, a name taken
     * or malformed) is shown in that row and nothing changes. Nothing is imported here.
     */
    @PostMapping("/create-unit")
    String createUnit(@RequestParam String token, @RequestParam(required = false) List<String> names,
                      @RequestParam(required = false) List<String> units,
                      @RequestParam(required = false) List<String> kinds, @RequestParam int create,
                      HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<PendingImports.Pending> pending = PendingImports.get(session, token);
        if (pending.isEmpty()) {
            return stale(redirect);
        }
        UnitMappings mappings = UnitMappings.read(picker, names, units);
        if (names == null || create < 0 || create >= names.size()) {
            return preview(token, mappings, pending.get(), model);
        }
        String name = names.get(create);
        UnitKind kind = kind(kinds, create);
        if (kind == null) {
            mappings = mappings.withMessage(name, "ledger.preview.kindRequired", name);
        } else {
            try {
                registration.register(kind, name);
                model.addAttribute("flash", "ledger.preview.unitCreated");
            } catch (DomainException e) {
                mappings = mappings.withMessage(name, e.messageKey(), e.args());
            }
        }
        return preview(token, mappings, pending.get(), model);
    }

    private static UnitKind kind(List<String> kinds, int row) {
        if (kinds == null || row >= kinds.size()) {
            return null;
        }
        try {
            return UnitKind.valueOf(kinds.get(row));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Saves the plan; a mapping that names no unit shows the preview again with its message and saves nothing. */
    @PostMapping("/save")
    String save(@RequestParam String token, @RequestParam(required = false) List<String> names,
                @RequestParam(required = false) List<String> units, HttpSession session, Principal principal,
                Model model, RedirectAttributes redirect) {
        Optional<PendingImports.Pending> pending = PendingImports.take(session, token);
        if (pending.isEmpty()) {
            return stale(redirect);
        }
        UnitMappings mappings = UnitMappings.read(picker, names, units);
        if (mappings.failed()) {
            return preview(PendingImports.put(session, pending.get()), mappings, pending.get(), model);
        }
        try {
            long id = imports.save(pending.get().content(), pending.get().fileName(), mappings.resolved(),
                    principal.getName());
            redirect.addFlashAttribute("flash", "plan.import.saved");
            return "redirect:/plans/" + id;
        } catch (DomainException e) {
            String again = PendingImports.put(session, pending.get());
            model.addAttribute("flashError", e.messageKey());
            model.addAttribute("flashArgs", e.args());
            return preview(again, mappings, pending.get(), model);
        }
    }

    private String preview(String token, UnitMappings mappings, PendingImports.Pending pending, Model model) {
        ImportPreview preview = imports.preview(pending.content(), pending.fileName(), mappings.resolved());
        List<UnitView> units = directory.activeUnits();
        model.addAttribute("token", token);
        model.addAttribute("preview", preview);
        model.addAttribute("mappingRows", preview.refused() ? List.of()
                : mappings.rows(picker, units, preview.unknownNames()));
        model.addAttribute("unitChoices", picker.pick(units, UnitPicker.UnitField.of(null)));
        model.addAttribute("unitNames", new UnitNames(directory));
        model.addAttribute("unitKinds", UnitKind.values());
        return "plan/preview";
    }

    private static String stale(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "error.plan.import.stale");
        return "redirect:/plans/import";
    }
}
