package org.fazhi.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.fazhi.supervision.UrgeRecord;
import org.fazhi.platform.Changes;
import org.fazhi.supervision.SupervisionDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The urge records (append-only). */
@Repository
public class UrgeStore {

    private static final String SELECT = "select id, assignment_id, plan_id, unit_id, sequence_no, escalated, message,"
            + " recipients, urged_by, urged_at from supervision_urge";

    private final JdbcTemplate jdbc;
    private final Changes changes;

    UrgeStore(JdbcTemplate jdbc, Changes changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    int count(long assignmentId) {
        Integer n = jdbc.queryForObject("select count(*) from supervision_urge where assignment_id = ?", Integer.class,
                assignmentId);
        return n == null ? 0 : n;
    }

    long insert(long assignmentId, long planId, long unitId, int sequenceNo, boolean escalated, String message,
                List<String> recipients, String actor) {
        changes.changed(SupervisionDirectory.CHANGES_TOPIC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into supervision_urge (assignment_id, plan_id, unit_id, sequence_no,"
                    + " escalated, message, recipients, urged_by) values (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, assignmentId);
            ps.setLong(2, planId);
            ps.setLong(3, unitId);
            ps.setInt(4, sequenceNo);
            ps.setBoolean(5, escalated);
            ps.setString(6, message);
            ps.setArray(7, con.createArrayOf("text", recipients.toArray()));
            ps.setString(8, actor);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public List<UrgeRecord> ofAssignment(long assignmentId) {
        return jdbc.query(SELECT + " where assignment_id = ? order by urged_at desc, id desc", UrgeStore::row,
                assignmentId);
    }

    public List<UrgeRecord> ofUnit(long unitId) {
        return jdbc.query(SELECT + " where unit_id = ? order by urged_at desc, id desc", UrgeStore::row, unitId);
    }

    public List<UrgeRecord> recent(int limit) {
        return jdbc.query(SELECT + " order by urged_at desc, id desc limit ?", UrgeStore::row, limit);
    }

    private static UrgeRecord row(ResultSet rs, int i) throws SQLException {
        return new UrgeRecord(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5),
                rs.getBoolean(6), rs.getString(7), Notifications.strings(rs.getArray(8)), rs.getString(9),
                rs.getTimestamp(10).toInstant());
    }
}
