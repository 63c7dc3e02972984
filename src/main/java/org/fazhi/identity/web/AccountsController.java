package org.fazhi.identity.web;

import java.security.Principal;
import java.util.Arrays;
import org.fazhi.identity.Role;
import org.fazhi.identity.internal.AccountAdministration;
import org.fazhi.identity.internal.Accounts;
import org.fazhi.platform.DomainException;
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
        model.addAttribute("accounts", accounts.findAllByOrderByUsernameAsc());
        model.addAttribute("unitNames", units.names());
        model.addAttribute("unitOptions", units.options());
        model.addAttribute("roleOptions", Arrays.asList(Role.values()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AccountForm("", "", "", null, Role.UNIT_LIAISON, ""));
        }
        return "identity/accounts";
    }

    @PostMapping
    String create(@ModelAttribute("form") AccountForm form, Principal principal, Model model,
                  RedirectAttributes redirect) {
        try {
            administration.create(principal.getName(), form.username(), form.displayName(), form.password(),
                    form.unitId(), form.role(), form.email());
        } catch (DomainException e) {
            model.addAttribute("flashError", e.messageKey());
            model.addAttribute("flashArgs", e.args());
            return list(model);
        }
        redirect.addFlashAttribute("flash", "identity.account.created");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam String displayName, @RequestParam(required = false) Long unitId,
                  @RequestParam(defaultValue = "false") boolean enabled,
                  @RequestParam(required = false) String email, Principal principal, RedirectAttributes redirect) {
        administration.update(principal.getName(), id, displayName, unitId, enabled, email);
        redirect.addFlashAttribute("flash", "identity.account.updated");
        return "redirect:/admin/accounts";
    }
}
