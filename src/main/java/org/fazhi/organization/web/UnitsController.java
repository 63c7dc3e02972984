package org.fazhi.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;
import org.fazhi.organization.internal.UnitRegistry;
import org.fazhi.platform.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The unit registry list, one unit's page, and adding a unit. Coordinators view; system administrators edit. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'COORDINATOR')")
class UnitsController {

    private final UnitListing listing;
    private final UnitRegistry registry;
    private final UnitPage page;

    UnitsController(UnitListing listing, UnitRegistry registry, UnitPage page) {
        this.listing = listing;
        this.registry = registry;
        this.page = page;
    }

    @GetMapping("/admin/units")
    public String list(@RequestParam(name = "q", required = false) String filter, Model model) {
        model.addAttribute("q", filter == null ? "" : filter);
        model.addAttribute("groups", listing.groups(filter));
        model.addAttribute("activeCount", listing.activeCount());
        model.addAttribute("mergedCount", listing.mergedCount());
        model.addAttribute("terms", listing.terms());
        return "organization/units";
    }

    @GetMapping("/admin/units/{id}")
    public String show(@PathVariable long id, Model model) {
        return page.detail(id, model);
    }

    @GetMapping("/admin/units/new")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public String initCreationForm(Model model) {
        return creationForm(UnitForm.empty(), model);
    }

    @PostMapping("/admin/units")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public String processCreationForm(@ModelAttribute("form") UnitForm form, Model model, RedirectAttributes redirect,
                                      HttpServletResponse response) {
        try {
            UnitView unit = registry.create(form.toCommand());
            redirect.addFlashAttribute("flash", "org.flash.created");
            return "redirect:/admin/units/" + unit.id();
        } catch (DomainException | DataIntegrityViolationException | OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            FormErrors.show(model, FormErrors.refusal(e));
            return creationForm(form, model);
        }
    }

    private String creationForm(UnitForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("choices", listing.choices(null));
        return "organization/unit-new";
    }
}
