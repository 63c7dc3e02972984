package org.fazhi.supervision;

import java.util.List;
import org.fazhi.supervision.internal.UrgeStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only view of urges for other modules (e.g. to show them on the progress pages later); no access check:
 * the caller shows them only to those who may see the unit.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionDirectory {

    private final UrgeStore urges;

    SupervisionDirectory(UrgeStore urges) {
        this.urges = urges;
    }

    /** The urges of one assignment, newest first. */
    public List<UrgeRecord> urgesOf(long assignmentId) {
        return urges.ofAssignment(assignmentId);
    }

    /** The urges of one unit, newest first. */
    public List<UrgeRecord> urgesOfUnit(long unitId) {
        return urges.ofUnit(unitId);
    }

    // --- open supervision orders for the dashboard (kept at the end of the file: injected by setter so that the
    // constructor other code depends on stays as it was)

    private org.springframework.jdbc.core.JdbcTemplate orderJdbc;

    @org.springframework.beans.factory.annotation.Autowired
    void setOrderJdbc(org.springframework.jdbc.core.JdbcTemplate orderJdbc) {
        this.orderJdbc = orderJdbc;
    }

    /**
     * 督办 not yet closed (open or answered, waiting for the office to close them) that name any of
     * {@code assignmentIds}: for each such assignment, the ids of those orders.
     */
    public java.util.Map<Long, List<Long>> openOrdersOf(java.util.Collection<Long> assignmentIds) {
        java.util.Map<Long, List<Long>> result = new java.util.HashMap<>();
        if (assignmentIds.isEmpty()) {
            return result;
        }
        Long[] ids = assignmentIds.toArray(new Long[0]);
        orderJdbc.query("""
                select oa.assignment_id, o.id from supervision_order o
                join supervision_order_assignment oa on oa.order_id = o.id
                where o.state <> 'CLOSED' and oa.assignment_id = any(?)""",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids)),
                (java.sql.ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
                });
        return result;
    }
}
