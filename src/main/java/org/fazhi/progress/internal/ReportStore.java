package org.fazhi.progress.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.progress.ReportState;
import org.fazhi.progress.ReportStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Report versions and the decisions on them, in PostgreSQL. */
@Repository
class ReportStore {

    private static final String COLUMNS = "id, assignment_id, period_key, version_no, state, status, late_reason, "
            + "done_text, next_steps, percent, author, created_at, submitted_at, version";
    private static final String R_COLUMNS = COLUMNS.replaceAll("(^|, )", "$1r.");

    /** The content a unit writes. */
    record Content(ReportStatus status, String lateReason, String doneText, String nextSteps, Integer percent) {
    }

    private final JdbcTemplate jdbc;
    private final MarksCache marks;
    private final NamedParameterJdbcTemplate named;

    ReportStore(JdbcTemplate jdbc, MarksCache marks) {
        this.jdbc = jdbc;
        this.marks = marks;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    Optional<ReportRow> find(long id) {
        return jdbc.query("select " + COLUMNS + " from progress_report where id = ?", ReportStore::row, id)
                .stream().findFirst();
    }

    /** Every version of an assignment's reports, period by period, oldest version first. */
    List<ReportRow> ofAssignment(long assignmentId) {
        return jdbc.query("select " + COLUMNS + " from progress_report where assignment_id = ? "
                + "order by period_key, version_no", ReportStore::row, assignmentId);
    }

    /** Every version of the reports of several assignments. */
    List<ReportRow> ofAssignments(Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        return named.query("select " + COLUMNS + " from progress_report where assignment_id in (:ids) "
                + "order by assignment_id, period_key, version_no", new MapSqlParameterSource("ids", assignmentIds),
                ReportStore::row);
    }

    /**
     * One page of the versions in {@code state}, optionally of one plan and/or one unit, by submission time
     * (oldest or newest first): SQL LIMIT/OFFSET, never the whole queue.
     */
    List<ReportRow> inState(ReportState state, Long planId, Long unitId, boolean newestFirst, int limit, long offset) {
        MapSqlParameterSource params = stateFilter(state, planId, unitId).addValue("limit", limit)
                .addValue("offset", offset);
        String direction = newestFirst ? " desc" : "";
        return named.query("select " + R_COLUMNS + " from progress_report r "
                + "join progress_assignment a on a.id = r.assignment_id" + where(planId, unitId)
                + " order by r.submitted_at" + direction + ", r.id" + direction + " limit :limit offset :offset",
                params, ReportStore::row);
    }

    /** How many versions are in {@code state}, optionally of one plan and/or one unit — a COUNT, no rows. */
    long countInState(ReportState state, Long planId, Long unitId) {
        Long n = named.queryForObject("select count(*) from progress_report r "
                + "join progress_assignment a on a.id = r.assignment_id" + where(planId, unitId),
                stateFilter(state, planId, unitId), Long.class);
        return n == null ? 0 : n;
    }

    /** The plans that have versions in {@code state}, with how many each, newest plan first. */
    java.util.Map<Long, Long> plansInState(ReportState state) {
        java.util.Map<Long, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.query("select a.plan_id, count(*) from progress_report r join progress_assignment a "
                + "on a.id = r.assignment_id where r.state = ? group by a.plan_id order by a.plan_id desc",
                (ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                }, state.name());
        return counts;
    }

    private static MapSqlParameterSource stateFilter(ReportState state, Long planId, Long unitId) {
        return new MapSqlParameterSource("state", state.name()).addValue("plan", planId).addValue("unit", unitId);
    }

    private static String where(Long planId, Long unitId) {
        return " where r.state = :state" + (planId == null ? "" : " and a.plan_id = :plan")
                + (unitId == null ? "" : " and a.unit_id = :unit");
    }

    /** Inserts a version; its id. */
    long insert(long assignmentId, String periodKey, int versionNo, ReportState state, Content content, String author) {
        marks.changed();
        Long id = jdbc.queryForObject("""
                insert into progress_report (assignment_id, period_key, version_no, state, status, late_reason,
                  done_text, next_steps, percent, author, submitted_at)
                values (?,?,?,?,?,?,?,?,?,?, case when ? then now() end) returning id""",
                Long.class, assignmentId, periodKey, versionNo, state.name(), content.status().name(),
                content.lateReason(), content.doneText(), content.nextSteps(), content.percent(), author,
                state != ReportState.DRAFT);
        return id;
    }

    /** Rewrites a draft (only a draft) at {@code version}; false when it changed or is no longer a draft. */
    boolean rewriteDraft(long id, long version, ReportState state, Content content) {
        marks.changed();
        return jdbc.update("""
                update progress_report set state = ?, status = ?, late_reason = ?, done_text = ?, next_steps = ?,
                  percent = ?, submitted_at = case when ? then now() end, version = version + 1
                where id = ? and version = ? and state = 'DRAFT'""",
                state.name(), content.status().name(), content.lateReason(), content.doneText(), content.nextSteps(),
                content.percent(), state != ReportState.DRAFT, id, version) == 1;
    }

    /** Moves a version from one state to the next if nobody did first; false otherwise. */
    boolean move(long id, long version, ReportState from, ReportState to) {
        marks.changed();
        return jdbc.update("update progress_report set state = ?, version = version + 1 "
                + "where id = ? and version = ? and state = ?", to.name(), id, version, from.name()) == 1;
    }

    void decide(long reportId, String kind, String actor, String comment) {
        jdbc.update("insert into progress_decision (report_id, kind, actor, comment) values (?,?,?,?)",
                reportId, kind, actor, comment);
    }

    List<ReportDecision> decisions(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return named.query("select report_id, kind, actor, occurred_at, comment from progress_decision "
                + "where report_id in (:ids) order by occurred_at, id", new MapSqlParameterSource("ids", reportIds),
                (rs, i) -> new ReportDecision(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)));
    }

    private static ReportRow row(ResultSet rs, int i) throws SQLException {
        Timestamp submitted = rs.getTimestamp(13);
        return new ReportRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                ReportState.valueOf(rs.getString(5)), ReportStatus.valueOf(rs.getString(6)), rs.getString(7),
                rs.getString(8), rs.getString(9), (Integer) rs.getObject(10), rs.getString(11),
                rs.getTimestamp(12).toInstant(), submitted == null ? null : submitted.toInstant(), rs.getLong(14));
    }
}
