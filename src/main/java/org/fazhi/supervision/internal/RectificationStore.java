package org.fazhi.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.attachment.Attachments;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.platform.Changes;
import org.fazhi.supervision.SupervisionDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** 整改 items, their reports and their history. */
@Repository
class RectificationStore {

    private static final String SELECT = "select id, source_kind, source_id, source_label, plan_id, unit_id,"
            + " requirement, working_days, raised_on, due_on, state, raised_by, raised_at, closed_by, closed_at,"
            + " closing_note, version from supervision_rectification";
    private static final String REPORT = "select id, rectification_id, seq, text, state, saved_by, saved_at,"
            + " submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment"
            + " from supervision_rectification_report";

    private final JdbcTemplate jdbc;
    private final UnitDirectory units;
    private final Attachments attachments;
    private final Changes changes;

    RectificationStore(JdbcTemplate jdbc, UnitDirectory units, Attachments attachments, Changes changes) {
        this.jdbc = jdbc;
        this.units = units;
        this.attachments = attachments;
        this.changes = changes;
    }

    long insert(Rectification.Source source, long sourceId, String label, Long planId, long unitId,
                String requirement, Integer days, LocalDate raisedOn, LocalDate dueOn, String actor) {
        changes.changed(SupervisionDirectory.CHANGES_TOPIC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into supervision_rectification (source_kind, source_id,"
                    + " source_label, plan_id, unit_id, requirement, working_days, raised_on, due_on, state,"
                    + " raised_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)", new String[] {"id"});
            ps.setString(1, source.name());
            ps.setLong(2, sourceId);
            ps.setString(3, label.length() > 300 ? label.substring(0, 300) : label);
            ps.setObject(4, planId);
            ps.setLong(5, unitId);
            ps.setString(6, requirement);
            ps.setObject(7, days);
            ps.setObject(8, raisedOn);
            ps.setObject(9, dueOn);
            ps.setString(10, actor);
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        event(id, null, RectificationState.OPEN, actor, null);
        return id;
    }

    /** Moves the item and records the change; false when it was changed meanwhile. */
    boolean move(Rectification item, RectificationState to, String actor, String note) {
        changes.changed(SupervisionDirectory.CHANGES_TOPIC);
        boolean closing = to.closed();
        int n = jdbc.update("update supervision_rectification set state = ?, version = version + 1"
                + (closing ? ", closed_by = ?, closed_at = now(), closing_note = ?" : "")
                + " where id = ? and version = ?", closing
                ? new Object[] {to.name(), actor, note, item.id(), item.version()}
                : new Object[] {to.name(), item.id(), item.version()});
        if (n == 1) {
            event(item.id(), item.state(), to, actor, note);
        }
        return n == 1;
    }

    private void event(long id, RectificationState from, RectificationState to, String actor, String note) {
        jdbc.update("insert into supervision_rectification_event (rectification_id, from_state, to_state, actor,"
                + " note) values (?, ?, ?, ?, ?)", id, from == null ? null : from.name(), to.name(), actor, note);
    }

    long insertReport(long itemId, String text, String actor) {
        Integer max = jdbc.queryForObject("select coalesce(max(seq), 0) from supervision_rectification_report"
                + " where rectification_id = ?", Integer.class, itemId);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into supervision_rectification_report (rectification_id, seq,"
                    + " text, state, saved_by) values (?, ?, ?, 'DRAFT', ?)", new String[] {"id"});
            ps.setLong(1, itemId);
            ps.setInt(2, (max == null ? 0 : max) + 1);
            ps.setString(3, text);
            ps.setString(4, actor);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    void updateDraft(long reportId, String text, String actor) {
        jdbc.update("update supervision_rectification_report set text = ?, saved_by = ?, saved_at = now()"
                + " where id = ? and state = 'DRAFT'", text, actor, reportId);
    }

    void submitReport(long reportId, String actor) {
        jdbc.update("update supervision_rectification_report set state = 'SUBMITTED', submitted_by = ?,"
                + " submitted_at = now() where id = ? and state = 'DRAFT'", actor, reportId);
    }

    void reviewReport(long reportId, RectificationReport.State to, String actor, String comment) {
        jdbc.update("update supervision_rectification_report set state = ?, reviewed_by = ?, reviewed_at = now(),"
                + " review_comment = ? where id = ? and state = 'SUBMITTED'", to.name(), actor, comment, reportId);
    }

    /** Locks the item's row for the rest of the transaction. */
    Optional<Rectification> lock(long id) {
        return jdbc.query(SELECT + " where id = ? for update", this::row, id).stream().findFirst();
    }

    Optional<Rectification> find(long id) {
        return jdbc.query(SELECT + " where id = ?", this::row, id).stream().findFirst();
    }

    /**
     * A plan's items: raised by a circular on the plan ({@code plan_id}), or by one of {@code orderIds} (the orders
     * about one of the plan's assignments).
     */
    record PlanScope(long planId, java.util.Collection<Long> orderIds) {
    }

    /** Items filtered by unit and state (either may be null), earliest deadline first. */
    List<Rectification> list(Long unitId, RectificationState state, int limit) {
        return list(unitId, state, false, null, limit);
    }

    /**
     * Items filtered by unit, state, open (neither accepted nor voided) and plan (any may be null/false): open ones
     * first, earliest deadline first.
     */
    List<Rectification> list(Long unitId, RectificationState state, boolean openOnly, PlanScope plan, int limit) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (unitId != null) {
            where.append(" and unit_id = ?");
            args.add(unitId);
        }
        if (state != null) {
            where.append(" and state = ?");
            args.add(state.name());
        }
        if (openOnly) {
            where.append(" and state not in ('ACCEPTED', 'VOIDED')");
        }
        if (plan != null) {
            where.append(" and (plan_id = ? or (source_kind = 'ORDER' and source_id = any(?)))");
            args.add(plan.planId());
            args.add(plan.orderIds().toArray(new Long[0]));
        }
        args.add(limit);
        return jdbc.query(con -> {
            var ps = con.prepareStatement(SELECT + where
                    + " order by (state in ('ACCEPTED', 'VOIDED')), due_on, id limit ?");
            for (int i = 0; i < args.size(); i++) {
                Object arg = args.get(i);
                if (arg instanceof Long[] ids) {
                    ps.setArray(i + 1, con.createArrayOf("bigint", ids));
                } else {
                    ps.setObject(i + 1, arg);
                }
            }
            return ps;
        }, this::row);
    }

    List<Rectification> ofSource(Rectification.Source source, long sourceId) {
        return jdbc.query(SELECT + " where source_kind = ? and source_id = ? order by id", this::row, source.name(),
                sourceId);
    }

    /** How many items of an order or circular are neither accepted nor voided. */
    int openOfSource(Rectification.Source source, long sourceId) {
        Integer n = jdbc.queryForObject("select count(*) from supervision_rectification where source_kind = ?"
                + " and source_id = ? and state not in ('ACCEPTED', 'VOIDED')", Integer.class, source.name(), sourceId);
        return n == null ? 0 : n;
    }

    List<Rectification> notClosed() {
        return jdbc.query(SELECT + " where state not in ('ACCEPTED', 'VOIDED') order by due_on, id", this::row);
    }

    List<RectificationReport> reports(long itemId) {
        return jdbc.query(REPORT + " where rectification_id = ? order by seq", this::report, itemId);
    }

    List<RectificationEvent> events(long itemId) {
        return jdbc.query("select id, from_state, to_state, actor, at, note from supervision_rectification_event"
                + " where rectification_id = ? order by at, id", (rs, i) -> new RectificationEvent(rs.getLong(1),
                rs.getString(2) == null ? null : RectificationState.valueOf(rs.getString(2)),
                RectificationState.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getString(6)), itemId);
    }

    private RectificationReport report(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong(1);
        return new RectificationReport(id, rs.getLong(2), rs.getInt(3), rs.getString(4),
                RectificationReport.State.valueOf(rs.getString(5)), rs.getString(6), instant(rs.getTimestamp(7)),
                rs.getString(8), instant(rs.getTimestamp(9)), rs.getString(10), instant(rs.getTimestamp(11)),
                rs.getString(12), attachments.of(RectificationReport.owner(id)));
    }

    private Rectification row(ResultSet rs, int i) throws SQLException {
        long unit = rs.getLong(6);
        Object plan = rs.getObject(5);
        Object days = rs.getObject(8);
        return new Rectification(rs.getLong(1), Rectification.Source.valueOf(rs.getString(2)), rs.getLong(3),
                rs.getString(4), plan == null ? null : ((Number) plan).longValue(), unit, units.displayName(unit),
                rs.getString(7), days == null ? null : ((Number) days).intValue(), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class), RectificationState.valueOf(rs.getString(11)), rs.getString(12),
                instant(rs.getTimestamp(13)), rs.getString(14), instant(rs.getTimestamp(15)), rs.getString(16),
                rs.getLong(17));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
