package org.fazhi.progress.internal;

import java.util.List;
import org.fazhi.identity.CurrentUser;
import org.fazhi.plan.ResponsibilityEditing;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.fazhi.progress.AdjustmentKind;
import org.fazhi.progress.SignState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 签收 and adjustment requests. A unit's liaison signs for an assignment (or all of the unit's at once), or
 * asks for an adjustment with a reason; the office accepts it — keeping the assignment, taking the unit off
 * the task, or moving the task to another unit — or rejects it with a reason, after which the unit signs.
 */
@Service
@Transactional
public class SignFor {

    /** An adjustment request with its assignment. */
    public record Adjustment(long id, long assignmentId, AdjustmentKind kind, String reason, String requestedBy,
                             java.time.Instant requestedAt, String decision, String decidedBy,
                             java.time.Instant decidedAt, String decisionNote) {
    }

    /** What the office decides on an adjustment request. */
    public enum Outcome { ACCEPT_KEEP, ACCEPT_REMOVE, ACCEPT_MOVE, REJECT }

    private final AssignmentStore assignments;
    private final JdbcTemplate jdbc;
    private final ResponsibilityEditing responsibilities;

    SignFor(AssignmentStore assignments, JdbcTemplate jdbc, ResponsibilityEditing responsibilities) {
        this.assignments = assignments;
        this.jdbc = jdbc;
        this.responsibilities = responsibilities;
    }

    /** Signs for one assignment; signing one already signed changes nothing (a double click). */
    public AssignmentRow sign(CurrentUser user, long assignmentId) {
        AssignmentRow row = open(assignmentId);
        ProgressAccess.requireLiaison(user, row.unitId());
        if (row.signState() == SignState.SIGNED) {
            return row;
        }
        if (row.signState() == SignState.ADJUSTMENT_REQUESTED) {
            throw new DomainException("error.progress.sign.adjustmentOpen");
        }
        if (!assignments.changeSign(row.id(), row.version(), SignState.SIGNED, user.username())) {
            throw new DomainException("error.progress.stale");
        }
        return assignments.find(assignmentId).orElseThrow();
    }

    /** Signs for every pending assignment of the user's unit; returns how many were signed. */
    public int signAll(CurrentUser user) {
        if (user.unitId() == null) {
            throw new DomainException("error.progress.noUnit");
        }
        ProgressAccess.requireLiaison(user, user.unitId());
        List<AssignmentRow> pending = assignments.activeOfUnit(user.unitId()).stream()
                .filter(a -> a.signState() == SignState.PENDING).toList();
        for (AssignmentRow row : pending) {
            if (!assignments.changeSign(row.id(), row.version(), SignState.SIGNED, user.username())) {
                throw new DomainException("error.progress.stale");
            }
        }
        return pending.size();
    }

    /** Asks for an adjustment instead of signing. */
    public long requestAdjustment(CurrentUser user, long assignmentId, AdjustmentKind kind, String reason) {
        AssignmentRow row = open(assignmentId);
        ProgressAccess.requireLiaison(user, row.unitId());
        if (kind == null) {
            throw new DomainException("error.progress.adjustment.kindRequired");
        }
        String why = Texts.required(reason, 1000, "error.progress.adjustment.reasonRequired");
        if (row.signState() == SignState.ADJUSTMENT_REQUESTED) {
            throw new DomainException("error.progress.adjustment.alreadyOpen");
        }
        if (!assignments.changeSign(row.id(), row.version(), SignState.ADJUSTMENT_REQUESTED, null)) {
            throw new DomainException("error.progress.stale");
        }
        return jdbc.queryForObject("insert into progress_adjustment (assignment_id, kind, reason, requested_by) "
                + "values (?,?,?,?) returning id", Long.class, row.id(), kind.name(), why, user.username());
    }

    /** The office's decision on an open adjustment request. */
    public void decide(CurrentUser user, long adjustmentId, Outcome outcome, String note, Long moveTo) {
        ProgressAccess.requireOffice(user);
        Adjustment adjustment = adjustment(adjustmentId);
        if (adjustment.decision() != null) {
            throw new DomainException("error.progress.adjustment.decided");
        }
        if (outcome == null) {
            throw new DomainException("error.progress.adjustment.outcomeRequired");
        }
        String why = Texts.required(note, 1000, "error.progress.adjustment.noteRequired");
        if (outcome == Outcome.ACCEPT_MOVE && moveTo == null) {
            throw new DomainException("error.progress.adjustment.moveToRequired");
        }
        int changed = jdbc.update("update progress_adjustment set decision = ?, decided_by = ?, decided_at = now(), "
                + "decision_note = ? where id = ? and decision is null",
                outcome == Outcome.REJECT ? "REJECTED" : "ACCEPTED", user.username(), why, adjustmentId);
        if (changed != 1) {
            throw new DomainException("error.progress.adjustment.decided");
        }
        AssignmentRow row = assignments.find(adjustment.assignmentId()).orElseThrow();
        if (!assignments.changeSign(row.id(), row.version(), SignState.PENDING, null)) {
            throw new DomainException("error.progress.stale");
        }
        if (outcome == Outcome.ACCEPT_REMOVE || outcome == Outcome.ACCEPT_MOVE) {
            responsibilities.reassign(row.taskId(), row.unitId(), outcome == Outcome.ACCEPT_MOVE ? moveTo : null,
                    why, user.username());
        }
    }

    @Transactional(readOnly = true)
    public Adjustment adjustment(long id) {
        return jdbc.query(SELECT + " where id = ?", SignFor::adjustment, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    @Transactional(readOnly = true)
    public List<Adjustment> adjustmentsOf(long assignmentId) {
        return jdbc.query(SELECT + " where assignment_id = ? order by id", SignFor::adjustment, assignmentId);
    }

    @Transactional(readOnly = true)
    public List<Adjustment> openAdjustments() {
        return jdbc.query(SELECT + " where decision is null order by id", SignFor::adjustment);
    }

    private static final String SELECT = "select id, assignment_id, kind, reason, requested_by, requested_at, "
            + "decision, decided_by, decided_at, decision_note from progress_adjustment";

    private static Adjustment adjustment(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        java.sql.Timestamp decided = rs.getTimestamp(9);
        return new Adjustment(rs.getLong(1), rs.getLong(2), AdjustmentKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
                decided == null ? null : decided.toInstant(), rs.getString(10));
    }

    private AssignmentRow open(long assignmentId) {
        AssignmentRow row = assignments.find(assignmentId).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!row.active()) {
            throw new DomainException("error.progress.retired");
        }
        return row;
    }
}
