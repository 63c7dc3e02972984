package org.fazhi.progress.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.progress.AdjustmentKind;
import org.fazhi.progress.ReportStatus;
import org.fazhi.progress.internal.AssignmentView;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.ReportRow;
import org.fazhi.progress.internal.ReviewPage;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.progress.internal.SignFor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The reporting loop over HTTP (HTTP Basic or a session): the same services, rules and refusals as the
 * pages — a forged ID is 403 and audited, a refused step is 422 with the reason's message key.
 */
@RestController
@RequestMapping("/api/progress")
@Tag(name = "progress", description = "Assignments, sign-for, progress reports, evidence and review")
class ProgressApiController {

    /** An assignment as the API shows it. */
    record AssignmentJson(long id, long planId, long taskId, String taskTitle, long unitId, String unitName,
                          boolean lead, boolean active, String signState, boolean signOverdue, String light,
                          List<PeriodJson> periods) {
        static AssignmentJson of(AssignmentView v) {
            return new AssignmentJson(v.assignment().id(), v.assignment().planId(), v.task().id(), v.task().title(),
                    v.assignment().unitId(), v.unitName(), v.assignment().lead(), v.assignment().active(),
                    v.assignment().signState().name(), v.signOverdue(), v.light().name(),
                    v.periods().stream().map(p -> new PeriodJson(p.period().key(), p.period().end().toString(),
                            p.period().due().toString(), p.latest() == null ? null : ReportJson.of(p.latest())))
                            .toList());
        }
    }

    record PeriodJson(String key, String ends, String due, ReportJson latest) {
    }

    record ReportJson(long id, long assignmentId, String period, int versionNo, String state, String status,
                      String lateReason, String doneText, String nextSteps, Integer percent, String author,
                      long version) {
        static ReportJson of(ReportRow r) {
            return new ReportJson(r.id(), r.assignmentId(), r.periodKey(), r.versionNo(), r.state().name(),
                    r.status().name(), r.lateReason(), r.doneText(), r.nextSteps(), r.percent(), r.author(), r.version());
        }
    }

    record ReportRequest(String period, ReportStatus status, String lateReason, String doneText, String nextSteps,
                         Integer percent, boolean submit, Long draftVersion) {
    }

    record AdjustmentRequest(AdjustmentKind kind, String reason) {
    }

    record DecisionRequest(SignFor.Outcome outcome, String note, Long moveTo) {
    }

    record ReviewRequest(long version, boolean accept, String comment) {
    }

    /** What the reporting endpoints promise about the {@code Idempotency-Key} header (issue #15, finding 2). */
    static final String IDEMPOTENCY = "The Idempotency-Key (at most 80 characters) belongs to the calling account and "
            + "this assignment: the same key from another account or for another assignment is a new request. Sent "
            + "again with the same body it answers 200 with the report the first request wrote and stores nothing "
            + "more; sent again with another body it answers 422 (messageKey error.progress.report.keyReused) and "
            + "stores nothing. A report is answered only once it is stored.";

    private final ProgressQueries queries;
    private final SignFor signFor;
    private final Reporting reporting;
    private final CurrentUsers users;

    ProgressApiController(ProgressQueries queries, SignFor signFor, Reporting reporting, CurrentUsers users) {
        this.queries = queries;
        this.signFor = signFor;
        this.reporting = reporting;
        this.users = users;
    }

    @Operation(summary = "Assignments of a unit (liaisons and leaders: their own unit only; another unit is 403)")
    @GetMapping("/units/{unitId}/assignments")
    List<AssignmentJson> ofUnit(@PathVariable long unitId) {
        return queries.ofUnit(users.require(), unitId).stream().map(AssignmentJson::of).toList();
    }

    @Operation(summary = "One assignment with its periods and latest reports")
    @GetMapping("/assignments/{id}")
    AssignmentJson one(@PathVariable long id) {
        return AssignmentJson.of(queries.one(users.require(), id));
    }

    @Operation(summary = "Every report version of an assignment, newest first")
    @GetMapping("/assignments/{id}/reports")
    List<ReportJson> versions(@PathVariable long id) {
        queries.one(users.require(), id);
        return queries.versions(id).stream().map(ReportJson::of).toList();
    }

    @Operation(summary = "Sign for an assignment")
    @PostMapping("/assignments/{id}/sign")
    AssignmentJson sign(@PathVariable long id) {
        CurrentUser user = users.require();
        signFor.sign(user, id);
        return AssignmentJson.of(queries.one(user, id));
    }

    @Operation(summary = "Sign for every pending assignment of the caller's unit")
    @PostMapping("/assignments/sign-all")
    int signAll() {
        return signFor.signAll(users.require());
    }

    @Operation(summary = "Ask for an adjustment instead of signing")
    @PostMapping("/assignments/{id}/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    long adjust(@PathVariable long id, @RequestBody AdjustmentRequest body) {
        return signFor.requestAdjustment(users.require(), id, body.kind(), body.reason());
    }

    @Operation(summary = "The office decides an adjustment request")
    @PostMapping("/adjustments/{id}/decision")
    void decide(@PathVariable long id, @RequestBody DecisionRequest body) {
        signFor.decide(users.require(), id, body.outcome(), body.note(), body.moveTo());
    }

    @Operation(summary = "Save a draft or submit a report; repeat-safe with an Idempotency-Key header",
            description = IDEMPOTENCY)
    @PostMapping("/assignments/{id}/reports")
    ReportJson report(@PathVariable long id, @RequestBody ReportRequest body,
                      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return ReportJson.of(reporting.save(users.require(), new Reporting.Draft(id, body.period(), body.status(),
                body.lateReason(), body.doneText(), body.nextSteps(), body.percent(), body.submit(), key,
                body.draftVersion(), List.of())));
    }

    @Operation(summary = "Attach evidence files to a draft report")
    @PostMapping(path = "/reports/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ReportJson attach(@PathVariable long id, @RequestPart("files") List<MultipartFile> files) {
        CurrentUser user = users.require();
        reporting.attach(user, id, Uploads.of(files));
        return ReportJson.of(queries.report(user, id));
    }

    @Operation(summary = "Submit a draft report as it stands", description = IDEMPOTENCY)
    @PostMapping("/reports/{id}/submit")
    ReportJson submit(@PathVariable long id, @RequestParam(required = false) Long version,
                      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        CurrentUser user = users.require();
        ReportRow draft = queries.report(user, id);
        return ReportJson.of(reporting.save(user, new Reporting.Draft(draft.assignmentId(), draft.periodKey(),
                draft.status(), draft.lateReason(), draft.doneText(), draft.nextSteps(), draft.percent(), true, key,
                version, List.of())));
    }

    @Operation(summary = "The unit leader approves or returns a report")
    @PostMapping("/reports/{id}/approval")
    ReportJson approve(@PathVariable long id, @RequestBody ReviewRequest body) {
        CurrentUser user = users.require();
        reporting.leaderDecide(user, id, body.version(), body.accept(), body.comment());
        return ReportJson.of(queries.report(user, id));
    }

    @Operation(summary = "The office accepts or returns a report")
    @PostMapping("/reports/{id}/review")
    ReportJson review(@PathVariable long id, @RequestBody ReviewRequest body) {
        CurrentUser user = users.require();
        reporting.review(user, id, body.version(), body.accept(), body.comment());
        return ReportJson.of(queries.report(user, id));
    }

    @Operation(summary = "One report version")
    @GetMapping("/reports/{id}")
    ReportJson reportById(@PathVariable long id) {
        return ReportJson.of(queries.report(users.require(), id));
    }

    @Operation(summary = "Reports waiting for the office's review, one page at a time",
            description = "Oldest submission first unless order=newest; optional plan and unit (id) filters; size "
                    + "at most " + ProgressQueries.MAX_PAGE_SIZE + ". The header X-Total-Count gives how many match.")
    @GetMapping("/reviews")
    ResponseEntity<List<ReportJson>> waiting(@RequestParam(required = false) Long plan,
                                             @RequestParam(required = false) Long unit,
                                             @RequestParam(defaultValue = "oldest") String order,
                                             @RequestParam(defaultValue = "1") int page,
                                             @RequestParam(defaultValue = "100") int size) {
        ReviewPage result = queries.reviewQueue(users.require(), plan, unit, "newest".equals(order), page, size);
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total()))
                .body(result.items().stream().map(e -> ReportJson.of(e.getKey())).toList());
    }

}
