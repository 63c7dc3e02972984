package org.fazhi.supervision.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.platform.Changes;
import org.fazhi.platform.KeptValues;
import org.fazhi.progress.AssignmentRemarks;
import org.fazhi.supervision.SupervisionDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The progress pages' 催办/督办 badges: urges and open orders per assignment of one unit, in one query that
 * looks the assignments up by index (urges by assignment; orders among the open ones), so its cost follows the
 * page's assignments, not the tables' size. By assignment, not by unit: urges keep the unit they were sent to,
 * while assignments follow unit merges. One statement, so no transaction of its own; the answer is kept until an
 * urge, order or item is written ({@link SupervisionDirectory#CHANGES_TOPIC}), as the unit page asks on every view.
 */
@Component
class ProgressRemarks implements AssignmentRemarks {

    private final JdbcTemplate jdbc;
    private final KeptValues<List<Long>, Map<Long, Remark>> kept;

    ProgressRemarks(JdbcTemplate jdbc, Changes changes) {
        this.jdbc = jdbc;
        this.kept = new KeptValues<>(changes, SupervisionDirectory.CHANGES_TOPIC);
    }

    @Override
    public Map<Long, Remark> of(Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return Map.of();
        }
        return kept.get(List.copyOf(assignmentIds), () -> Map.copyOf(read(assignmentIds)));
    }

    private Map<Long, Remark> read(Collection<Long> assignmentIds) {
        Map<Long, Remark> remarks = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    SELECT assignment_id, 'U', count(*), max(urged_at) FROM supervision_urge
                    WHERE assignment_id = ANY (?) GROUP BY assignment_id
                    UNION ALL
                    SELECT a.assignment_id, 'O', count(*), NULL FROM supervision_order o
                    JOIN supervision_order_assignment a ON a.order_id = o.id
                    WHERE o.state <> 'CLOSED' AND a.assignment_id = ANY (?) GROUP BY a.assignment_id""");
            var ids = con.createArrayOf("bigint", assignmentIds.toArray());
            ps.setArray(1, ids);
            ps.setArray(2, ids);
            return ps;
        }, rs -> {
            long id = rs.getLong(1);
            Remark old = remarks.getOrDefault(id, new Remark(id, 0, null, 0));
            if ("U".equals(rs.getString(2))) {
                Timestamp last = rs.getTimestamp(4);
                Instant at = last == null ? null : last.toInstant();
                remarks.put(id, new Remark(id, rs.getInt(3), at, old.openOrders()));
            } else {
                remarks.put(id, new Remark(id, old.urges(), old.lastUrgedAt(), rs.getInt(3)));
            }
        });
        return remarks;
    }
}
