package org.fazhi.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.platform.Changes;
import org.fazhi.supervision.SupervisionDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Supervision orders, their assignments and responses. */
@Repository
class OrderStore {

    private static final String SELECT = "select id, number, unit_id, reason, requirement, response_days, issued_on,"
            + " due_on, issued_by, issued_at, state, escalated_at, closed_by, closed_at, closing_note, version"
            + " from supervision_order";

    private final JdbcTemplate jdbc;
    private final UnitDirectory units;
    private final Changes changes;

    OrderStore(JdbcTemplate jdbc, UnitDirectory units, Changes changes) {
        this.jdbc = jdbc;
        this.units = units;
        this.changes = changes;
    }

    /** The next free sequence number of a year (the unique constraint settles a race). */
    int nextSeq(int year) {
        Integer max = jdbc.queryForObject("select coalesce(max(order_seq), 0) from supervision_order"
                + " where order_year = ?", Integer.class, year);
        return (max == null ? 0 : max) + 1;
    }

    long insert(int year, int seq, String number, long unitId, String reason, String requirement, int days,
                LocalDate issuedOn, LocalDate dueOn, String actor) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into supervision_order (order_year, order_seq, number, unit_id,"
                    + " reason, requirement, response_days, issued_on, due_on, issued_by, state)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')", new String[] {"id"});
            ps.setInt(1, year);
            ps.setInt(2, seq);
            ps.setString(3, number);
            ps.setLong(4, unitId);
            ps.setString(5, reason);
            ps.setString(6, requirement);
            ps.setInt(7, days);
            ps.setObject(8, issuedOn);
            ps.setObject(9, dueOn);
            ps.setString(10, actor);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    void addItem(long orderId, long assignmentId, String taskText) {
        changes.changed(SupervisionDirectory.CHANGES_TOPIC);
        jdbc.update("insert into supervision_order_assignment (order_id, assignment_id, task_text) values (?, ?, ?)",
                orderId, assignmentId, taskText);
    }

    void addResponse(long orderId, String text, String actor) {
        jdbc.update("insert into supervision_order_response (order_id, text, responded_by) values (?, ?, ?)", orderId,
                text, actor);
    }

    /** Moves the order from one of {@code from} states; false when it was changed meanwhile. */
    boolean move(long id, OrderState to, OrderState... from) {
        changes.changed(SupervisionDirectory.CHANGES_TOPIC);
        String states = String.join(",", java.util.Arrays.stream(from).map(s -> "'" + s.name() + "'").toList());
        return jdbc.update("update supervision_order set state = ?, version = version + 1 where id = ? and state in ("
                + states + ")", to.name(), id) == 1;
    }

    boolean close(long id, long version, String actor, String note) {
        changes.changed(SupervisionDirectory.CHANGES_TOPIC);
        return jdbc.update("update supervision_order set state = 'CLOSED', closed_by = ?, closed_at = now(),"
                + " closing_note = ?, version = version + 1 where id = ? and version = ? and state <> 'CLOSED'",
                actor, note, id, version) == 1;
    }

    boolean markEscalated(long id) {
        return jdbc.update("update supervision_order set escalated_at = now() where id = ? and escalated_at is null",
                id) == 1;
    }

    /** Locks the order's row for the rest of the transaction. */
    Optional<SupervisionOrder> lock(long id) {
        return jdbc.query(SELECT + " where id = ? for update", this::row, id).stream().findFirst();
    }

    Optional<SupervisionOrder> find(long id) {
        return jdbc.query(SELECT + " where id = ?", this::row, id).stream().findFirst();
    }

    List<SupervisionOrder> ofUnit(long unitId) {
        return jdbc.query(SELECT + " where unit_id = ? order by issued_at desc, id desc", this::row, unitId);
    }

    List<SupervisionOrder> all(int limit) {
        return jdbc.query(SELECT + " order by issued_at desc, id desc limit ?", this::row, limit);
    }

    /** Open orders whose deadline passed before {@code today} and whose leaders were not told yet. */
    List<SupervisionOrder> overdueNotEscalated(LocalDate today) {
        return jdbc.query(SELECT + " where state = 'OPEN' and due_on < ? and escalated_at is null order by id",
                this::row, today);
    }

    List<SupervisionOrder> notClosed() {
        return jdbc.query(SELECT + " where state <> 'CLOSED' order by due_on, id", this::row);
    }

    java.util.Set<Long> aboutAssignments(java.util.Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.query(con -> {
            var ps = con.prepareStatement("select distinct order_id from supervision_order_assignment"
                    + " where assignment_id = any(?)");
            ps.setArray(1, con.createArrayOf("bigint", assignmentIds.toArray()));
            return ps;
        }, (rs, i) -> rs.getLong(1)));
    }

    java.util.Map<Long, List<Long>> openOrdersOf(java.util.Collection<Long> assignmentIds) {
        java.util.Map<Long, List<Long>> result = new java.util.HashMap<>();
        if (assignmentIds.isEmpty()) {
            return result;
        }
        jdbc.query(con -> {
            var ps = con.prepareStatement("select oa.assignment_id, o.id from supervision_order o"
                    + " join supervision_order_assignment oa on oa.order_id = o.id"
                    + " where o.state <> 'CLOSED' and oa.assignment_id = any(?)");
            ps.setArray(1, con.createArrayOf("bigint", assignmentIds.toArray()));
            return ps;
        }, (ResultSet rs) -> {
            result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
        });
        return result;
    }

    private SupervisionOrder row(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong(1);
        long unit = rs.getLong(3);
        List<SupervisionOrder.Item> items = jdbc.query("select assignment_id, task_text from"
                + " supervision_order_assignment where order_id = ? order by assignment_id",
                (r, n) -> new SupervisionOrder.Item(r.getLong(1), r.getString(2)), id);
        List<SupervisionOrder.Response> responses = jdbc.query("select id, text, responded_by, responded_at from"
                + " supervision_order_response where order_id = ? order by responded_at, id",
                (r, n) -> new SupervisionOrder.Response(r.getLong(1), r.getString(2), r.getString(3),
                        r.getTimestamp(4).toInstant()), id);
        return new SupervisionOrder(id, rs.getString(2), unit, units.displayName(unit), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                rs.getString(9), rs.getTimestamp(10).toInstant(), OrderState.valueOf(rs.getString(11)),
                instant(rs.getTimestamp(12)), rs.getString(13), instant(rs.getTimestamp(14)), rs.getString(15),
                rs.getLong(16), items, responses);
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
