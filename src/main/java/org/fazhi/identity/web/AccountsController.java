package org.fazhi.identity.web;

import java.security.Principal;
import java.util.Arrays;
import org.fazhi.identity.Role;
import org.fazhi.identity.internal.AccountAdministration;
import org.fazhi.identity.internal.Accounts;
import org.fazhi.organization.UnitPicker;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 账号管理 — the system administrator opens and edits accounts (roles are the security administrator's). */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AccountsController {

    private final Accounts accounts;
    private final AccountAdministration administration;
    private final UnitOptions units;

    AccountsController(Accounts accounts, AccountAdministration administration, UnitOptions units) {
        this.accounts = accounts;
        this.administration = administration;
        this.units = units;
    }

    @GetMapping
    String list(Model model) {
        return page(model, null, null);
    }

    /** The page; {@code failed} is the edited row's unit field when its save was refused (else null). */
    private String page(Model model, Long failedId, UnitPicker.UnitField failed) {
        var all = accounts.findAllByOrderByUsernameAsc();
        model.addAttribute("accounts", all);
        model.addAttribute("unitNames", units.names());
        model.addAttribute("rowPicks", units.picks(all, failedId, failed));
        model.addAttribute("roleOptions", Arrays.asList(Role.values()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AccountForm("", "", "", null, Role.UNIT_LIAISON, ""));
        }
        if (!model.containsAttribute("unitPick")) {
            model.addAttribute("unitPick", units.pick(UnitPicker.UnitField.of(null)));
        }
        return "identity/accounts";
    }

    /** A new account; its unit is a name or an id: one naming no unit shows the form again, creating nothing. */
    @PostMapping
    String create(@ModelAttribute("form") AccountForm form, Principal principal, Model model,
                  RedirectAttributes redirect) {
        UnitPicker.UnitField unit = units.read(form.unitId());
        model.addAttribute("unitPick", units.pick(unit));
        if (unit.failed()) {
            return page(model, null, null);
        }
        try {
            administration.create(principal.getName(), form.username(), form.displayName(), form.password(),
                    unit.unitId(), form.role(), form.email());
        } catch (DomainException e) {
            model.addAttribute("flashError", e.messageKey());
            model.addAttribute("flashArgs", e.args());
            return page(model, null, null);
        }
        redirect.addFlashAttribute("flash", "identity.account.created");
        return "redirect:/admin/accounts";
    }

    /** An account's name, unit (a name or an id), state and e-mail; refused, the row shows what was typed. */
    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam String displayName,
                  @RequestParam(required = false) String unitId,
                  @RequestParam(defaultValue = "false") boolean enabled,
                  @RequestParam(required = false) String email, Principal principal, Model model,
                  RedirectAttributes redirect) {
        UnitPicker.UnitField unit = units.read(unitId);
        try {
            if (!unit.failed()) {
                administration.update(principal.getName(), id, displayName, unit.unitId(), enabled, email);
                redirect.addFlashAttribute("flash", "identity.account.updated");
                return "redirect:/admin/accounts";
            }
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            model.addAttribute("flashError", e.messageKey());
            model.addAttribute("flashArgs", e.args());
        }
        model.addAttribute("failedEdit", new AccountEdit(id, displayName, email, enabled));
        return page(model, id, unit.failed() ? unit : UnitPicker.UnitField.of(unit.unitId()));
    }
}
