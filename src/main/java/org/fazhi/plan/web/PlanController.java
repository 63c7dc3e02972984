package org.fazhi.plan.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.plan.internal.PlanList;
import org.fazhi.plan.ledger.LedgerFilter;
import org.fazhi.plan.ledger.LedgerQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 工作安排 — the list of plans and the plan page (the coordinator's and city leaders' ledger), filtered by
 * section, unit, unit kind, deadline window and words of the task text. An htmx request gets only the table.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'CITY_LEADER')")
class PlanController {

    /** The unit kinds offered as a filter: departments, county governments, parks. */
    static final List<UnitKind> FILTER_KINDS = List.of(UnitKind.MUNICIPAL_DEPARTMENT, UnitKind.COUNTY_GOVERNMENT,
            UnitKind.PARK_COMMITTEE, UnitKind.GOVERNMENT_OFFICE, UnitKind.OTHER);

    static final int PAGE_SIZE = 100;

    private final PlanList planList;
    private final LedgerQueries ledger;
    private final UnitDirectory directory;
    private final PlanDirectory plans;
    private final CurrentUsers users;

    PlanController(PlanList planList, LedgerQueries ledger, UnitDirectory directory, PlanDirectory plans,
                   CurrentUsers users) {
        this.users = users;
        this.planList = planList;
        this.plans = plans;
        this.ledger = ledger;
        this.directory = directory;
    }

    /** One page of plans ({@value #PAGE_SIZE} rows), without reading the notices' text. */
    @GetMapping("/plans")
    String plans(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("plans", planList.page(page, PAGE_SIZE));
        return "plan/list";
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable long id,
                @RequestParam(required = false) Long section,
                @RequestParam(required = false) Long unit,
                @RequestParam(required = false) UnitKind kind,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
                @RequestParam(required = false) String q,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                Model model) {
        LedgerFilter filter = new LedgerFilter(section, unit, kind, dueFrom, dueTo, q);
        model.addAttribute("page", ledger.plan(id, filter, users.require()));
        model.addAttribute("units", filterUnits(id, unit));
        model.addAttribute("kinds", FILTER_KINDS);
        return htmx != null ? "plan/plan :: tasks" : "plan/plan";
    }

    /**
     * The units the unit filter offers: those responsible for a task of this plan (any other unit would show
     * no rows), and the unit already chosen — not every unit of the installation.
     */
    private List<UnitView> filterUnits(long planId, Long chosen) {
        Set<Long> ids = new LinkedHashSet<>();
        plans.responsibilities(planId).forEach(r -> ids.add(r.unitId()));
        if (chosen != null) {
            ids.add(chosen);
        }
        return directory.activeUnits().stream().filter(u -> ids.contains(u.id())).toList();
    }
}
