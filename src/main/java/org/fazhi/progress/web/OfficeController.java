package org.fazhi.progress.web;

import java.util.List;
import java.util.Map;
import org.fazhi.attachment.AttachmentDownloads;
import org.fazhi.attachment.Attachments;
import org.fazhi.attachment.StoredFile;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.plan.PlanSummary;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.fazhi.progress.Frequency;
import org.fazhi.progress.internal.PlanSettings;
import org.fazhi.progress.internal.ProgressAccess;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.ReviewPage;
import org.fazhi.progress.internal.SignFor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The office's side: the review queue (reports to accept or return, adjustment requests, overdue
 * sign-fors), decisions on adjustments, a plan's reporting cycle; and evidence downloads for everyone who
 * may read the report.
 */
@Controller
class OfficeController {

    static final int PAGE_SIZE = 100;

    private static final String OWNER_PREFIX = "progress:report:";

    private final ProgressQueries queries;
    private final SignFor signFor;
    private final PlanSettings settings;
    private final PlanDirectory plans;
    private final UnitDirectory units;
    private final Attachments attachments;
    private final CurrentUsers users;

    OfficeController(ProgressQueries queries, SignFor signFor, PlanSettings settings, PlanDirectory plans,
                     UnitDirectory units, Attachments attachments, CurrentUsers users) {
        this.queries = queries;
        this.signFor = signFor;
        this.settings = settings;
        this.plans = plans;
        this.units = units;
        this.attachments = attachments;
        this.users = users;
    }

    /**
     * The review queue, one page at a time ({@value #PAGE_SIZE} rows): a COUNT and a LIMIT/OFFSET query, so
     * its cost does not grow with the number of waiting reports. Filters: a plan, a unit (written name or id);
     * newest submission first unless {@code order=oldest}, so what was just submitted is on the first page.
     */
    @GetMapping("/progress/review")
    String queue(@RequestParam(required = false) Long plan, @RequestParam(required = false) String unit,
                 @RequestParam(defaultValue = "newest") String order, @RequestParam(defaultValue = "1") int page,
                 Model model) {
        CurrentUser user = users.require();
        ProgressAccess.requireOffice(user);
        boolean newest = !"oldest".equals(order);
        Long unitId = null;
        String unitText = unit == null ? "" : unit.strip();
        boolean unitKnown = true;
        if (!unitText.isEmpty()) {
            try {
                unitId = units.requireUnit(unitText);
            } catch (DomainException e) {
                unitKnown = false;
                model.addAttribute("flashError", e.messageKey());
                model.addAttribute("flashArgs", e.args());
            }
        }
        ReviewPage result = unitKnown ? queries.reviewQueue(user, plan, unitId, newest, page, PAGE_SIZE)
                : new ReviewPage(List.of(), 1, PAGE_SIZE, 0);
        Map<Long, Long> waitingByPlan = queries.plansAwaitingReview();
        model.addAttribute("submitted", result);
        model.addAttribute("planOptions", plans.plans().stream().filter(p -> waitingByPlan.containsKey(p.id()))
                .map(p -> new PlanOption(p, waitingByPlan.get(p.id()))).toList());
        model.addAttribute("plan", plan);
        model.addAttribute("unit", unitText);
        model.addAttribute("order", newest ? "newest" : "oldest");
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/progress/review");
        if (plan != null) {
            base.queryParam("plan", plan);
        }
        if (!unitText.isEmpty()) {
            base.queryParam("unit", unitText);
        }
        model.addAttribute("pageBase", base.queryParam("order", newest ? "newest" : "oldest").build().encode()
                .toUriString());
        model.addAttribute("adjustments", signFor.openAdjustments());
        return "progress/review";
    }

    /** A plan in the queue's filter, with how many of its reports wait. */
    record PlanOption(PlanSummary plan, long waiting) {
    }

    @PostMapping("/progress/adjustments/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) SignFor.Outcome outcome,
                  @RequestParam(required = false) String note, @RequestParam(required = false) String moveTo,
                  RedirectAttributes redirect) {
        Flash.run(redirect, "progress.adjustment.decided", () -> signFor.decide(users.require(), id, outcome, note,
                moveTo == null || moveTo.isBlank() ? null : units.requireUnit(moveTo)));
        return "redirect:/progress/review";
    }

    @GetMapping("/progress/plans/{planId}/settings")
    String settings(@PathVariable long planId, Model model) {
        ProgressAccess.requireOffice(users.require());
        model.addAttribute("plan", plans.plan(planId).orElseThrow(() -> new NotFoundException("error.notFound")));
        model.addAttribute("setting", settings.of(planId));
        model.addAttribute("frequencies", Frequency.values());
        return "progress/settings";
    }

    @PostMapping("/progress/plans/{planId}/settings")
    String saveSettings(@PathVariable long planId, @RequestParam(required = false) Frequency frequency,
                        @RequestParam(defaultValue = "-1") int dueWorkingDays,
                        @RequestParam(defaultValue = "false") boolean leaderApproval, RedirectAttributes redirect) {
        plans.plan(planId).orElseThrow(() -> new NotFoundException("error.notFound"));
        Flash.run(redirect, "progress.settings.saved", () -> settings.change(users.require(),
                new PlanSettings.Setting(planId, frequency, dueWorkingDays, leaderApproval)));
        return "redirect:/progress/plans/" + planId + "/settings";
    }

    /** An evidence file, for whoever may read its report; always a download, never shown inline. */
    @GetMapping("/progress/files/{id}")
    ResponseEntity<StreamingResponseBody> file(@PathVariable long id) {
        StoredFile file = attachments.find(id).filter(f -> f.owner().startsWith(OWNER_PREFIX))
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        queries.report(users.require(), Long.parseLong(file.owner().substring(OWNER_PREFIX.length())));
        return AttachmentDownloads.response(attachments, file);
    }
}
