package org.fazhi.supervision.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.plan.TrafficLight;
import org.fazhi.platform.NotFoundException;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.supervision.UrgeRecord;
import org.fazhi.supervision.internal.SupervisionAccess;
import org.fazhi.supervision.internal.UrgeStore;
import org.fazhi.supervision.internal.Urging;
import org.fazhi.organization.UnitDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 督办 pages: the office's overview (plans with their red assignments, urge all red in one click, recent
 * urges) and a unit's page (its assignments with lights and urges; the office urges one from there). Unit users
 * land on their own unit; city leaders read.
 */
@Controller
class SupervisionPagesController {

    private final CurrentUsers users;
    private final PlanDirectory plans;
    private final ProgressDirectory progress;
    private final UrgeStore urges;
    private final Urging urging;
    private final UnitDirectory units;

    SupervisionPagesController(CurrentUsers users, PlanDirectory plans, ProgressDirectory progress, UrgeStore urges,
                               Urging urging, UnitDirectory units) {
        this.users = users;
        this.plans = plans;
        this.progress = progress;
        this.urges = urges;
        this.urging = urging;
        this.units = units;
    }

    @GetMapping("/supervision")
    String home(Model model) {
        CurrentUser user = users.require();
        if (SupervisionAccess.isUnitUser(user)) {
            return "redirect:/supervision/units/" + user.unitId();
        }
        if (!user.seesAllUnits()) {
            throw new NotFoundException("error.notFound");
        }
        model.addAttribute("plans", plans.plans());
        model.addAttribute("urges", urges.recent(50));
        model.addAttribute("unitNames", unitNames(urges.recent(50)));
        model.addAttribute("office", user.has(org.fazhi.identity.Role.COORDINATOR));
        return "supervision/home";
    }

    @GetMapping("/supervision/plans/{planId}")
    String plan(@PathVariable long planId, Model model) {
        CurrentUser user = users.require();
        if (!user.seesAllUnits()) {
            throw new NotFoundException("error.notFound");
        }
        model.addAttribute("plan", plans.plan(planId).orElseThrow(() -> new NotFoundException("error.notFound")));
        List<AssignmentStatus> red = progress.ofPlan(planId).stream()
                .filter(a -> a.light() == TrafficLight.RED && !a.closed()).toList();
        model.addAttribute("red", red);
        model.addAttribute("office", user.has(org.fazhi.identity.Role.COORDINATOR));
        return "supervision/plan";
    }

    @PostMapping("/supervision/plans/{planId}/urge-red")
    String urgeRed(@PathVariable long planId, @RequestParam(required = false) String message,
                   RedirectAttributes redirect) {
        Flash.run(redirect, "supervision.urge.done", () -> urging.urgeRed(users.require(), planId, message));
        return "redirect:/supervision/plans/" + planId;
    }

    @GetMapping("/supervision/units/{unitId}")
    String unit(@PathVariable long unitId, Model model) {
        CurrentUser user = users.require();
        SupervisionAccess.requireRead(user, unitId);
        model.addAttribute("unitId", unitId);
        model.addAttribute("unitName", units.find(unitId).map(u -> units.displayName(unitId))
                .orElseThrow(() -> new NotFoundException("error.notFound")));
        List<AssignmentStatus> assignments = progress.ofUnit(unitId);
        model.addAttribute("assignments", assignments);
        model.addAttribute("taskTexts", assignments.stream()
                .collect(Collectors.toMap(AssignmentStatus::id, AssignmentStatus::taskText)));
        List<UrgeRecord> list = urges.ofUnit(unitId);
        model.addAttribute("urges", list);
        model.addAttribute("urgeCounts", list.stream()
                .collect(Collectors.groupingBy(UrgeRecord::assignmentId, Collectors.counting())));
        model.addAttribute("office", user.has(org.fazhi.identity.Role.COORDINATOR));
        return "supervision/unit";
    }

    @PostMapping("/supervision/assignments/{id}/urge")
    String urgeOne(@PathVariable long id, @RequestParam(required = false) String message,
                   @RequestParam(required = false) Long unit, RedirectAttributes redirect) {
        Flash.run(redirect, "supervision.urge.done", () -> urging.urge(users.require(), List.of(id), message));
        return unit == null ? "redirect:/supervision" : "redirect:/supervision/units/" + unit;
    }

    private Map<Long, String> unitNames(List<UrgeRecord> list) {
        return list.stream().map(UrgeRecord::unitId).distinct()
                .collect(Collectors.toMap(id -> id, units::displayName));
    }
}
