package org.fazhi.plan.web;

import org.fazhi.plan.internal.PlanQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 工作安排 — the list of plans and the plan page (the coordinator's and city leaders' ledger). */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'CITY_LEADER')")
class PlanController {

    private final PlanQueries queries;

    PlanController(PlanQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/plans")
    String plans(Model model) {
        model.addAttribute("plans", queries.plans());
        return "plan/list";
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        model.addAttribute("view", queries.plan(id));
        return "plan/plan";
    }
}
