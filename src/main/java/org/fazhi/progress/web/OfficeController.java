package org.fazhi.progress.web;

import org.fazhi.attachment.AttachmentDownloads;
import org.fazhi.attachment.Attachments;
import org.fazhi.attachment.StoredFile;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.platform.NotFoundException;
import org.fazhi.progress.Frequency;
import org.fazhi.progress.ReportState;
import org.fazhi.progress.internal.PlanSettings;
import org.fazhi.progress.internal.ProgressAccess;
import org.fazhi.progress.internal.ProgressQueries;
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

/**
 * The office's side: the review queue (reports to accept or return, adjustment requests, overdue
 * sign-fors), decisions on adjustments, a plan's reporting cycle; and evidence downloads for everyone who
 * may read the report.
 */
@Controller
class OfficeController {

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

    @GetMapping("/progress/review")
    String queue(Model model) {
        CurrentUser user = users.require();
        ProgressAccess.requireOffice(user);
        model.addAttribute("submitted", queries.reportsIn(user, ReportState.SUBMITTED));
        model.addAttribute("adjustments", signFor.openAdjustments());
        model.addAttribute("units", units.activeUnits());
        return "progress/review";
    }

    @PostMapping("/progress/adjustments/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) SignFor.Outcome outcome,
                  @RequestParam(required = false) String note, @RequestParam(required = false) Long moveTo,
                  RedirectAttributes redirect) {
        Flash.run(redirect, "progress.adjustment.decided",
                () -> signFor.decide(users.require(), id, outcome, note, moveTo));
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
