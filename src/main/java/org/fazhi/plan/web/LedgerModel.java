package org.fazhi.plan.web;

import org.fazhi.identity.CurrentUsers;
import org.fazhi.plan.ledger.LedgerAccess;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every ledger page's template needs: whether the user may edit. */
@ControllerAdvice(assignableTypes = {PlanController.class, LedgerController.class, TaskEditController.class})
class LedgerModel {

    private final CurrentUsers users;

    LedgerModel(CurrentUsers users) {
        this.users = users;
    }

    @ModelAttribute("mayEditLedger")
    boolean mayEditLedger() {
        return users.current().map(LedgerAccess::mayEdit).orElse(false);
    }
}
