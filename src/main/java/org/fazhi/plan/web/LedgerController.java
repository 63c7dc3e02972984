package org.fazhi.plan.web;

import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.plan.ledger.LedgerAccess;
import org.fazhi.plan.ledger.LedgerQueries;
import org.fazhi.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The task page and the unit pages of the ledger. Coordinators and city leaders open any of them; a unit's
 * liaison or leader only their own unit's page and its tasks — anything else is "not found".
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'CITY_LEADER', 'UNIT_LIAISON', 'UNIT_LEADER')")
class LedgerController {

    private final LedgerQueries ledger;
    private final CurrentUsers users;
    private final UnitDirectory directory;
    private final PlanDirectory plans;

    LedgerController(LedgerQueries ledger, CurrentUsers users, UnitDirectory directory, PlanDirectory plans) {
        this.ledger = ledger;
        this.users = users;
        this.directory = directory;
        this.plans = plans;
    }

    @GetMapping("/plans/tasks/{id}")
    String task(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        LedgerQueries.TaskPage page = ledger.task(id, user);
        model.addAttribute("page", page);
        if (LedgerAccess.mayEdit(user)) {
            model.addAttribute("unitChoices", UnitChoices.forTask(directory, plans, page.plan().getId(), page.task()));
        }
        return "plan/task";
    }

    @GetMapping("/my-unit")
    @PreAuthorize("hasAnyRole('UNIT_LIAISON', 'UNIT_LEADER')")
    String myUnit(Model model) {
        CurrentUser user = users.require();
        if (user.unitId() == null) {
            throw new NotFoundException("error.ledger.noUnit");
        }
        return unitPage(user.unitId(), user, model);
    }

    @GetMapping("/units/{unitId}/tasks")
    String unit(@PathVariable long unitId, Model model) {
        return unitPage(unitId, users.require(), model);
    }

    private String unitPage(long unitId, CurrentUser user, Model model) {
        model.addAttribute("page", ledger.unit(unitId, user));
        return "plan/unit";
    }
}
