package org.fazhi.progress.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.progress.ReportStatus;
import org.fazhi.progress.internal.AssignmentView;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.Reporting;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing reports: one assignment's report with evidence, or several assignments' reports on one page (saved
 * together, all or none). Each form carries an idempotency key, so a double click saves once.
 */
@Controller
class ReportFormsController {

    private final Reporting reporting;
    private final ProgressQueries queries;
    private final CurrentUsers users;

    ReportFormsController(Reporting reporting, ProgressQueries queries, CurrentUsers users) {
        this.reporting = reporting;
        this.queries = queries;
        this.users = users;
    }

    @PostMapping("/progress/assignments/{id}/reports")
    String report(@PathVariable long id, @RequestParam String period,
                  @RequestParam(required = false) ReportStatus status,
                  @RequestParam(required = false) String lateReason, @RequestParam(required = false) String doneText,
                  @RequestParam(required = false) String nextSteps, @RequestParam(required = false) Integer percent,
                  @RequestParam(defaultValue = "draft") String action, @RequestParam(required = false) String formKey,
                  @RequestParam(required = false) Long draftVersion,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  RedirectAttributes redirect) {
        boolean submit = "submit".equals(action);
        Flash.run(redirect, submit ? "progress.report.submitted" : "progress.report.draftSaved",
                () -> reporting.save(users.require(), new Reporting.Draft(id, period, status, lateReason, doneText,
                        nextSteps, percent, submit, formKey, draftVersion, Uploads.of(files))));
        return "redirect:/progress/assignments/" + id + "?period=" + period;
    }

    @GetMapping("/progress/units/{unitId}/report")
    String batch(@PathVariable long unitId, Model model) {
        CurrentUser user = users.require();
        List<AssignmentView> views = queries.ofUnit(user, unitId).stream()
                .filter(v -> v.nextOpen(queries.today()) != null).toList();
        model.addAttribute("assignments", views);
        model.addAttribute("unitId", unitId);
        model.addAttribute("today", queries.today());
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("formKey", UUID.randomUUID().toString());
        return "progress/batch";
    }

    @PostMapping(path = "/progress/units/{unitId}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String saveBatch(@PathVariable long unitId, MultipartHttpServletRequest request, RedirectAttributes redirect) {
        MultiValueMap<String, MultipartFile> files = request.getMultiFileMap();
        boolean submit = "submit".equals(request.getParameter("action"));
        String formKey = request.getParameter("formKey");
        List<Reporting.Draft> drafts = new ArrayList<>();
        String[] chosen = request.getParameterValues("include");
        try {
            for (String value : chosen == null ? new String[0] : chosen) {
                long id = Long.parseLong(value);
                String status = request.getParameter("status_" + id);
                String percent = request.getParameter("percent_" + id);
                String draftVersion = request.getParameter("draftVersion_" + id);
                drafts.add(new Reporting.Draft(id, request.getParameter("period_" + id),
                        status == null || status.isBlank() ? null : ReportStatus.valueOf(status),
                        request.getParameter("late_" + id), request.getParameter("done_" + id),
                        request.getParameter("next_" + id), percent == null || percent.isBlank() ? null
                        : Integer.valueOf(percent.strip()), submit, formKey == null ? null : formKey + ":" + id,
                        draftVersion == null || draftVersion.isBlank() ? null : Long.valueOf(draftVersion),
                        Uploads.of(files.get("files_" + id))));
            }
        } catch (IllegalArgumentException e) {
            // a number or status the page never sends (a forged or garbled form): say so, save nothing
            redirect.addFlashAttribute("flashError", "error.progress.report.badForm");
            redirect.addFlashAttribute("flashArgs", new Object[0]);
            return "redirect:/progress/units/" + unitId + "/report";
        }
        Flash.run(redirect, submit ? "progress.report.submittedAll" : "progress.report.draftsSaved",
                () -> reporting.saveAll(users.require(), drafts));
        return "redirect:/progress/units/" + unitId + "/report";
    }

    @PostMapping("/progress/reports/{id}/leader")
    String leader(@PathVariable long id, @RequestParam long version, @RequestParam String decision,
                  @RequestParam(required = false) String comment, @RequestParam long assignment,
                  RedirectAttributes redirect) {
        Flash.run(redirect, "progress.review.saved", () -> reporting.leaderDecide(users.require(), id, version,
                "approve".equals(decision), comment));
        return "redirect:/progress/assignments/" + assignment;
    }

    @PostMapping("/progress/reports/{id}/review")
    String review(@PathVariable long id, @RequestParam long version, @RequestParam String decision,
                  @RequestParam(required = false) String comment, @RequestParam long assignment,
                  @RequestParam(required = false) String back, RedirectAttributes redirect) {
        Flash.run(redirect, "progress.review.saved", () -> reporting.review(users.require(), id, version,
                "accept".equals(decision), comment));
        return "queue".equals(back) ? "redirect:/progress/review" : "redirect:/progress/assignments/" + assignment;
    }
}
