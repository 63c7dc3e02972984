package org.fazhi.progress.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.progress.SignState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Assignments in PostgreSQL. */
@Repository
class AssignmentStore {

    private static final String COLUMNS = "id, plan_id, task_id, unit_id, lead, active, created_on, sign_state, "
            + "signed_at, signed_by, version";

    private final JdbcTemplate jdbc;
    private final MarksCache marks;

    AssignmentStore(JdbcTemplate jdbc, MarksCache marks) {
        this.jdbc = jdbc;
        this.marks = marks;
    }

    Optional<AssignmentRow> find(long id) {
        return jdbc.query("select " + COLUMNS + " from progress_assignment where id = ?", AssignmentStore::row, id)
                .stream().findFirst();
    }

    /** Reads the assignment and locks it until the transaction ends: saves on one assignment run one at a time. */
    Optional<AssignmentRow> lock(long id) {
        return jdbc.query("select " + COLUMNS + " from progress_assignment where id = ? for update", AssignmentStore::row,
                id).stream().findFirst();
    }

    List<AssignmentRow> ofPlan(long planId) {
        return jdbc.query("select " + COLUMNS + " from progress_assignment where plan_id = ? order by task_id, "
                + "lead desc, id", AssignmentStore::row, planId);
    }

    /** The plans that have any assignment at all. */
    List<Long> plansWithAssignments() {
        return jdbc.queryForList("select distinct plan_id from progress_assignment", Long.class);
    }

    List<AssignmentRow> activeOfUnit(long unitId) {
        return jdbc.query("select " + COLUMNS + " from progress_assignment where unit_id = ? and active "
                + "order by plan_id desc, task_id", AssignmentStore::row, unitId);
    }

    List<AssignmentRow> ofTask(long taskId) {
        return jdbc.query("select " + COLUMNS + " from progress_assignment where task_id = ? order by lead desc, id",
                AssignmentStore::row, taskId);
    }

    void insert(long planId, long taskId, long unitId, boolean lead, LocalDate today) {
        marks.changed();
        jdbc.update("insert into progress_assignment (plan_id, task_id, unit_id, lead, created_on) values (?,?,?,?,?)",
                planId, taskId, unitId, lead, today);
    }

    void reactivate(long id, boolean lead) {
        marks.changed();
        jdbc.update("update progress_assignment set active = true, retired_at = null, lead = ?, version = version + 1 "
                + "where id = ? and (not active or lead <> ?)", lead, id, lead);
    }

    void retire(long id) {
        marks.changed();
        jdbc.update("update progress_assignment set active = false, retired_at = now(), version = version + 1 "
                + "where id = ? and active", id);
    }

    /** Moves a state change onto the row if it is still at {@code version}; false when someone else changed it. */
    boolean changeSign(long id, long version, SignState state, String actor) {
        marks.changed();
        boolean signed = state == SignState.SIGNED;
        return jdbc.update("update progress_assignment set sign_state = ?, signed_at = case when ? then now() end, "
                + "signed_by = case when ? then ? end, version = version + 1 where id = ? and version = ?",
                state.name(), signed, signed, actor, id, version) == 1;
    }

    /** A merged unit's assignments pass to the surviving unit where it has none for the same task. */
    void followMerge(long mergedId, long intoId) {
        marks.changed();
        jdbc.update("""
                update progress_assignment a set unit_id = ?, version = version + 1 where unit_id = ?
                and not exists (select 1 from progress_assignment b where b.task_id = a.task_id and b.unit_id = ?)""",
                intoId, mergedId, intoId);
    }

    private static AssignmentRow row(ResultSet rs, int i) throws SQLException {
        Timestamp signedAt = rs.getTimestamp(9);
        return new AssignmentRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBoolean(5),
                rs.getBoolean(6), rs.getObject(7, LocalDate.class), SignState.valueOf(rs.getString(8)),
                signedAt == null ? null : signedAt.toInstant(), rs.getString(10), rs.getLong(11));
    }
}
