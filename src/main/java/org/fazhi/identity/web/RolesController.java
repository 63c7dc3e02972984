package org.fazhi.identity.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fazhi.identity.Role;
import org.fazhi.identity.internal.AccountAdministration;
import org.fazhi.identity.internal.Accounts;
import org.fazhi.platform.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 角色与授权 — the security administrator assigns roles, unlocks accounts and resets passwords. */
@Controller
@RequestMapping("/admin/roles")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class RolesController {

    private final Accounts accounts;
    private final AccountAdministration administration;
    private final UnitOptions units;

    RolesController(Accounts accounts, AccountAdministration administration, UnitOptions units) {
        this.accounts = accounts;
        this.administration = administration;
        this.units = units;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.findAllByOrderByUsernameAsc());
        model.addAttribute("unitNames", units.names());
        model.addAttribute("roleOptions", Arrays.asList(Role.values()));
        return "identity/roles";
    }

    @PostMapping("/{id}")
    String changeRoles(@PathVariable long id, @RequestParam(name = "roles", required = false) List<Role> roles,
                       Principal principal, RedirectAttributes redirect) {
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return act(redirect, "identity.roles.changed", () -> administration.changeRoles(principal.getName(), id, chosen));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        return act(redirect, "identity.account.unlocked", () -> administration.unlock(principal.getName(), id));
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, Principal principal,
                         RedirectAttributes redirect) {
        return act(redirect, "identity.password.reset",
                () -> administration.resetPassword(principal.getName(), id, password));
    }

    private static String act(RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", successKey);
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
        return "redirect:/admin/roles";
    }
}
