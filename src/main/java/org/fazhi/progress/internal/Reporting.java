package org.fazhi.progress.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fazhi.attachment.Attachments;
import org.fazhi.identity.CurrentUser;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.fazhi.progress.ProgressReported;
import org.fazhi.progress.ReportReviewed;
import org.fazhi.progress.ReportState;
import org.fazhi.progress.ReportStatus;
import org.fazhi.progress.SignState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports: a unit's liaison writes one per assignment and period (drafts may be saved and changed),
 * submits it — to the unit's leader first when the plan asks for approval — and the office accepts it or
 * returns it with a comment. A returned report is revised as a new version; a submitted version is never
 * changed or deleted. Every step is all or nothing, including the evidence files, and is recorded with who
 * and when. A repeated submission with the same idempotency key from the same account for the same assignment (a
 * double click, a retry) yields the first report and changes nothing, the same key with other content is refused;
 * two reviewers acting at once — one wins, the other is told.
 */
@Service
@Transactional
public class Reporting {

    /** One evidence file as uploaded. */
    public record Upload(String fileName, InputStreamSource content) {
    }

    /**
     * What the liaison sends for one assignment and period.
     *
     * @param draftVersion the draft's version when the form was shown (stale-form check), or {@code null}
     * @param submit       submit now, or keep as a draft
     */
    public record Draft(long assignmentId, String periodKey, ReportStatus status, String lateReason, String doneText,
                        String nextSteps, Integer percent, boolean submit, String idempotencyKey, Long draftVersion,
                        List<Upload> files) {
    }

    private final AssignmentStore assignments;
    private final ReportStore reports;
    private final ReportPeriods periods;
    private final PlanSettings settings;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;
    private final ReportRequests requests;

    Reporting(AssignmentStore assignments, ReportStore reports, ReportPeriods periods, PlanSettings settings,
              Attachments attachments, ApplicationEventPublisher events, ReportRequests requests) {
        this.requests = requests;
        this.assignments = assignments;
        this.reports = reports;
        this.periods = periods;
        this.settings = settings;
        this.attachments = attachments;
        this.events = events;
    }

    /**
     * Saves a draft or submits: a first version, the open draft, or a new version after a return. With an
     * idempotency key, a replay by the same account for the same assignment answers the report the first request
     * wrote and changes nothing; the same key with other content is refused ({@link ReportRequests}).
     */
    public ReportRow save(CurrentUser user, Draft draft) {
        String key = ReportRequests.key(draft.idempotencyKey());
        AssignmentRow assignment = assignments.lock(draft.assignmentId())
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        ProgressAccess.requireLiaison(user, assignment.unitId());
        String digest = key == null ? null : ReportRequests.digest(draft);
        if (key != null) {
            Optional<Long> earlier = requests.replayed(user, assignment.id(), key, digest);
            if (earlier.isPresent()) {
                return reports.find(earlier.get()).orElseThrow();
            }
        }
        if (!assignment.active()) {
            throw new DomainException("error.progress.retired");
        }
        if (assignment.signState() != SignState.SIGNED) {
            throw new DomainException("error.progress.report.notSigned");
        }
        if (Periods.find(periods.of(assignment), draft.periodKey()) == null) {
            throw new DomainException("error.progress.report.unknownPeriod", String.valueOf(draft.periodKey()));
        }
        ReportStore.Content content = content(draft);
        ReportState state = !draft.submit() ? ReportState.DRAFT
                : settings.of(assignment.planId()).leaderApproval() ? ReportState.AWAITING_LEADER : ReportState.SUBMITTED;
        ReportRow latest = latest(assignment.id(), draft.periodKey());
        long id;
        if (latest != null && latest.state() == ReportState.DRAFT) {
            if (draft.draftVersion() != null && draft.draftVersion() != latest.version()) {
                throw new DomainException("error.progress.stale");
            }
            if (!reports.rewriteDraft(latest.id(), latest.version(), state, content)) {
                throw new DomainException("error.progress.stale");
            }
            id = latest.id();
        } else {
            if (latest != null && latest.state() != ReportState.RETURNED) {
                throw new DomainException(latest.accepted() ? "error.progress.report.accepted"
                        : "error.progress.report.awaiting");
            }
            try {
                id = reports.insert(assignment.id(), draft.periodKey(), latest == null ? 1 : latest.versionNo() + 1,
                        state, content, user.username());
            } catch (DuplicateKeyException e) {
                throw new DomainException("error.progress.stale");
            }
        }
        store(id, draft.files(), user);
        if (state != ReportState.DRAFT) {
            reports.decide(id, "SUBMITTED", user.username(), null);
            events.publishEvent(new ProgressReported(id, assignment.id(), assignment.unitId()));
        }
        if (key != null) {
            requests.remember(user, assignment.id(), key, digest, id);
        }
        return reports.find(id).orElseThrow();
    }

    /**
     * Several assignments' reports from one page, all saved or none. The assignments are locked in the order of
     * their ids, so two batches naming the same assignments in another order wait for each other, never deadlock.
     */
    public List<ReportRow> saveAll(CurrentUser user, List<Draft> drafts) {
        if (drafts.isEmpty()) {
            throw new DomainException("error.progress.report.noneChosen");
        }
        return drafts.stream().sorted(Comparator.comparingLong(Draft::assignmentId)).map(d -> save(user, d)).toList();
    }

    /** Adds evidence to a draft. */
    public void attach(CurrentUser user, long reportId, List<Upload> files) {
        ReportRow report = report(reportId);
        ProgressAccess.requireLiaison(user, unitOf(report));
        if (report.state() != ReportState.DRAFT) {
            throw new DomainException("error.progress.report.notDraft");
        }
        if (files.isEmpty()) {
            throw new DomainException("error.progress.report.noFile");
        }
        store(reportId, files, user);
    }

    /** The unit leader's approval (to the office) or return (to the liaison, with a comment). */
    public void leaderDecide(CurrentUser user, long reportId, long version, boolean approve, String comment) {
        ReportRow report = report(reportId);
        long unit = unitOf(report);
        ProgressAccess.requireLeader(user, unit);
        String why = approve ? Texts.optional(comment, 2000)
                : Texts.required(comment, 2000, "error.progress.review.commentRequired");
        move(report, version, ReportState.AWAITING_LEADER, approve ? ReportState.SUBMITTED : ReportState.RETURNED);
        reports.decide(reportId, approve ? "LEADER_APPROVED" : "LEADER_RETURNED", user.username(), why);
        if (approve) {
            events.publishEvent(new ProgressReported(reportId, report.assignmentId(), unit));
        }
    }

    /** The office's review: accept, or return with a comment. */
    public void review(CurrentUser user, long reportId, long version, boolean accept, String comment) {
        ProgressAccess.requireOffice(user);
        ReportRow report = report(reportId);
        String why = accept ? Texts.optional(comment, 2000)
                : Texts.required(comment, 2000, "error.progress.review.commentRequired");
        move(report, version, ReportState.SUBMITTED, accept ? ReportState.ACCEPTED : ReportState.RETURNED);
        reports.decide(reportId, accept ? "ACCEPTED" : "RETURNED", user.username(), why);
        events.publishEvent(new ReportReviewed(reportId, report.assignmentId(), unitOf(report), accept));
    }

    private void move(ReportRow report, long version, ReportState from, ReportState to) {
        if (report.state() != from) {
            throw new DomainException("error.progress.review.wrongState");
        }
        if (report.version() != version || !reports.move(report.id(), version, from, to)) {
            throw new DomainException("error.progress.stale");
        }
    }

    private ReportRow latest(long assignmentId, String periodKey) {
        return reports.ofAssignment(assignmentId).stream().filter(r -> r.periodKey().equals(periodKey))
                .max(Comparator.comparingInt(ReportRow::versionNo)).orElse(null);
    }

    private ReportRow report(long reportId) {
        return reports.find(reportId).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    private long unitOf(ReportRow report) {
        return assignments.find(report.assignmentId()).orElseThrow().unitId();
    }

    private void store(long reportId, List<Upload> files, CurrentUser user) {
        for (Upload file : files == null ? List.<Upload>of() : files) {
            try (InputStream in = file.content().getInputStream()) {
                attachments.store(ReportRow.owner(reportId), file.fileName(), in, user.username());
            } catch (IOException e) {
                throw new DomainException("error.progress.report.uploadFailed", String.valueOf(file.fileName()));
            }
        }
    }

    private static ReportStore.Content content(Draft draft) {
        if (draft.status() == null) {
            throw new DomainException("error.progress.report.statusRequired");
        }
        String lateReason = Texts.optional(draft.lateReason(), 1000);
        if (draft.status() == ReportStatus.LATE && lateReason == null) {
            throw new DomainException("error.progress.report.lateReasonRequired");
        }
        String done = Texts.optional(draft.doneText(), 10_000);
        if (draft.submit() && done == null) {
            throw new DomainException("error.progress.report.doneRequired");
        }
        Integer percent = draft.status() == ReportStatus.DONE && draft.percent() == null ? Integer.valueOf(100)
                : draft.percent();
        if (percent != null && (percent < 0 || percent > 100)) {
            throw new DomainException("error.progress.report.percent");
        }
        return new ReportStore.Content(draft.status(), draft.status() == ReportStatus.LATE ? lateReason : null,
                done == null ? "" : done, nullToEmpty(Texts.optional(draft.nextSteps(), 10_000)), percent);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
