package org.fazhi.progress.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.fazhi.attachment.Attachments;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.identity.Role;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.web.EncodedHtml;
import org.fazhi.platform.web.KeptPages;
import org.fazhi.progress.AdjustmentKind;
import org.fazhi.progress.ReportStatus;
import org.fazhi.progress.internal.AssignmentView;
import org.fazhi.progress.internal.ProgressAccess;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.RemarkTexts;
import org.fazhi.progress.internal.ReportRow;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.progress.internal.UnitPages;
import org.fazhi.progress.internal.UnitRow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's side of the loop: its assignments with lights and sign-for state, bulk sign-for, adjustment
 * requests, and the assignment page with its report versions (forms for the liaison, the leader and the
 * office appear according to who looks).
 */
@Controller
class ProgressPagesController {

    private final ProgressQueries queries;
    private final SignFor signFor;
    private final CurrentUsers users;
    private final PlanDirectory plans;
    private final Attachments attachments;
    private final UnitPages unitPages;
    private final RemarkTexts remarks;
    private final UnitTableHtml table;
    private final KeptPages kept;

    ProgressPagesController(ProgressQueries queries, SignFor signFor, CurrentUsers users, PlanDirectory plans,
                            Attachments attachments, UnitPages unitPages, RemarkTexts remarks,
                            UnitTableHtml table, KeptPages kept) {
        this.table = table;
        this.kept = kept;
        this.unitPages = unitPages;
        this.remarks = remarks;
        this.queries = queries;
        this.signFor = signFor;
        this.users = users;
        this.plans = plans;
        this.attachments = attachments;
    }

    /** A unit user lands on its unit; the office and leaders choose a plan. */
    @GetMapping("/progress")
    String home(Model model) {
        CurrentUser user = users.require();
        if (ProgressAccess.isUnitUser(user)) {
            return "redirect:/progress/units/" + user.unitId();
        }
        if (!ProgressAccess.scope(user).allUnits()) {
            throw new NotFoundException("error.notFound");
        }
        model.addAttribute("plans", plans.plans());
        return "progress/home";
    }

    @GetMapping("/progress/plans/{planId}")
    String plan(@PathVariable long planId, @RequestParam(required = false) String light, Model model) {
        CurrentUser user = users.require();
        if (!ProgressAccess.scope(user).allUnits()) {
            throw new NotFoundException("error.notFound");
        }
        model.addAttribute("plan", plans.plan(planId).orElseThrow(() -> new NotFoundException("error.notFound")));
        List<AssignmentView> views = queries.ofPlan(user, planId);
        model.addAttribute("assignments", light == null || light.isBlank() ? views
                : views.stream().filter(v -> v.light().name().equals(light)).toList());
        model.addAttribute("light", light);
        return "progress/plan";
    }

    @GetMapping("/progress/units/{unitId}")
    View unit(@PathVariable long unitId, Locale locale, HttpServletRequest request, Model model) {
        CurrentUser user = users.require();
        List<UnitRow> rows = unitPages.rows(user, unitId, locale);
        byte[] body = table.body(unitId, locale, request.getContextPath(), rows,
                remarks.of(rows.stream().map(UnitRow::assignmentId).toList(), locale));
        boolean mayAct = user.has(Role.UNIT_LIAISON) && user.mayActFor(unitId);
        model.addAttribute("rows", rows);
        model.addAttribute("tableBody", EncodedHtml.mark(request, body));
        model.addAttribute("unitId", unitId);
        model.addAttribute("mayAct", mayAct);
        return kept.view("progress/unit", unitId, new UnitPageVersion(body, mayAct));
    }

    /** What the unit page is written from: the kept table (by identity) and whether the reader may act. */
    private record UnitPageVersion(byte[] table, boolean mayAct) {
    }

    @PostMapping("/progress/assignments/{id}/sign")
    String sign(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "progress.signed", () -> signFor.sign(users.require(), id));
        return "redirect:/progress/assignments/" + id;
    }

    @PostMapping("/progress/units/{unitId}/sign-all")
    String signAll(@PathVariable long unitId, RedirectAttributes redirect) {
        CurrentUser user = users.require();
        ProgressAccess.requireLiaison(user, unitId);
        Flash.run(redirect, "progress.signedAll", () -> signFor.signAll(user));
        return "redirect:/progress/units/" + unitId;
    }

    @PostMapping("/progress/assignments/{id}/adjustments")
    String adjust(@PathVariable long id, @RequestParam(required = false) AdjustmentKind kind,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Flash.run(redirect, "progress.adjustment.requested",
                () -> signFor.requestAdjustment(users.require(), id, kind, reason));
        return "redirect:/progress/assignments/" + id;
    }

    @GetMapping("/progress/assignments/{id}")
    String assignment(@PathVariable long id, @RequestParam(required = false) String period, Locale locale,
                      Model model) {
        CurrentUser user = users.require();
        AssignmentView view = queries.one(user, id);
        model.addAttribute("remark", remarks.of(id, locale));
        List<ReportRow> versions = queries.versions(id);
        model.addAttribute("view", view);
        model.addAttribute("versions", versions);
        model.addAttribute("decisions", queries.decisions(versions.stream().map(ReportRow::id).toList()));
        model.addAttribute("files", versions.stream().collect(java.util.stream.Collectors.toMap(ReportRow::id,
                r -> attachments.of(r.evidenceOwner()))));
        model.addAttribute("adjustments", signFor.adjustmentsOf(id));
        model.addAttribute("periodsByKey", view.periods().stream().collect(java.util.stream.Collectors.toMap(
                p -> p.period().key(), AssignmentView.PeriodView::period)));
        AssignmentView.PeriodView chosen = period == null ? view.nextOpen(queries.today())
                : view.periods().stream().filter(p -> p.period().key().equals(period)).findFirst().orElse(null);
        model.addAttribute("chosen", chosen);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("kinds", AdjustmentKind.values());
        model.addAttribute("formKey", UUID.randomUUID().toString());
        model.addAttribute("maxBytes", attachments.maxBytes());
        long unit = view.assignment().unitId();
        model.addAttribute("mayReport", user.has(Role.UNIT_LIAISON) && user.mayActFor(unit)
                && view.assignment().active());
        model.addAttribute("mayApprove", user.has(Role.UNIT_LEADER) && user.mayActFor(unit));
        model.addAttribute("mayReview", user.has(Role.COORDINATOR));
        return "progress/assignment";
    }
}
