package org.fazhi.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.internal.UnitRegistry;
import org.fazhi.platform.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changes to one unit — rename, short name, aliases, kind and parent, merge — for system administrators
 * only. A refused change re-shows the unit's page with the message next to the form; nothing is saved.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class UnitEditController {

    private final UnitRegistry registry;
    private final UnitPage pages;
    private final UnitListing listing;

    UnitEditController(UnitRegistry registry, UnitPage pages, UnitListing listing) {
        this.registry = registry;
        this.pages = pages;
        this.listing = listing;
    }

    @PostMapping("/admin/units/{id}/rename")
    public String rename(@PathVariable long id, @RequestParam String fullName, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        return change(id, "rename", () -> registry.rename(id, fullName), "org.flash.renamed", model, redirect, response);
    }

    @PostMapping("/admin/units/{id}/short-name")
    public String shortName(@PathVariable long id, @RequestParam(required = false) String shortName, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        return change(id, "short", () -> registry.changeShortName(id, shortName), "org.flash.shortName", model, redirect,
                response);
    }

    @PostMapping("/admin/units/{id}/aliases")
    public String addAlias(@PathVariable long id, @RequestParam String alias, Model model, RedirectAttributes redirect,
                           HttpServletResponse response) {
        model.addAttribute("aliasValue", alias);
        return change(id, "alias", () -> registry.addAlias(id, alias), "org.flash.aliasAdded", model, redirect, response);
    }

    @PostMapping("/admin/units/{id}/aliases/remove")
    public String removeAlias(@PathVariable long id, @RequestParam String alias, Model model,
                              RedirectAttributes redirect, HttpServletResponse response) {
        return change(id, "alias", () -> registry.removeAlias(id, alias), "org.flash.aliasRemoved", model, redirect,
                response);
    }

    @PostMapping("/admin/units/{id}/kind-parent")
    public String kindAndParent(@PathVariable long id, @RequestParam UnitKind kind,
                                @RequestParam(required = false) Long parentId, Model model, RedirectAttributes redirect,
                                HttpServletResponse response) {
        return change(id, "kind", () -> registry.changeKindAndParent(id, kind, parentId), "org.flash.kindParent", model,
                redirect, response);
    }

    /** Step one chooses the target, step two (with {@code into}) asks for confirmation. */
    @GetMapping("/admin/units/{id}/merge")
    public String initMerge(@PathVariable long id, @RequestParam(required = false) Long into, Model model) {
        pages.detail(id, model);
        model.addAttribute("choices", listing.choices(id));
        if (into != null) {
            UnitListing.UnitRow target = listing.row(into);
            if (target == null || !target.unit().active() || into == id) {
                FormErrors.show(model, new DomainException("error.org.merge.target"));
            } else {
                model.addAttribute("target", target.unit());
            }
        }
        return "organization/merge";
    }

    @PostMapping("/admin/units/{id}/merge")
    public String processMerge(@PathVariable long id, @RequestParam long into, Model model, RedirectAttributes redirect,
                               HttpServletResponse response) {
        try {
            registry.merge(id, into);
            redirect.addFlashAttribute("flash", "org.flash.merged");
            return "redirect:/admin/units/" + into;
        } catch (DomainException | DataIntegrityViolationException | OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            pages.detail(id, model);
            model.addAttribute("choices", listing.choices(id));
            FormErrors.show(model, FormErrors.refusal(e));
            return "organization/merge";
        }
    }

    private String change(long id, String form, Runnable action, String flash, Model model, RedirectAttributes redirect,
                          HttpServletResponse response) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/admin/units/" + id;
        } catch (DomainException | DataIntegrityViolationException | OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            String view = pages.detail(id, model);
            FormErrors.show(model, FormErrors.refusal(e));
            model.addAttribute("errorForm", form);
            return view;
        }
    }
}
