package org.fazhi.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of plans, one page at a time: one query for the rows (with each plan's task count) and one COUNT,
 * reading none of the large columns (the notice's text and bytes) — a province holds a thousand plans.
 */
@Service
@Transactional(readOnly = true)
public class PlanList {

    /** One plan in the list. */
    public record Row(long id, String docNumber, String title, LocalDate issuedOn, Instant importedAt,
                      int taskCount) {
    }

    /**
     * One page of plans, newest issue date first.
     *
     * @param page  the page number, from 1
     * @param total how many plans there are
     */
    public record Page(List<Row> rows, int page, int size, long total) {

        public long first() {
            return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
        }

        public long last() {
            return rows.isEmpty() ? 0 : first() + rows.size() - 1;
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return (long) page * size < total;
        }
    }

    private final JdbcTemplate jdbc;

    PlanList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page page(int page, int size) {
        Long counted = jdbc.queryForObject("select count(*) from plan_plan", Long.class);
        long total = counted == null ? 0 : counted;
        int pageNo = (int) Math.max(1, Math.min(page, (total + size - 1) / size));
        List<Row> rows = jdbc.query("""
                select p.id, p.doc_number, p.title, p.issued_on, p.imported_at,
                  (select count(*) from plan_task t where t.plan_id = p.id and not t.withdrawn)
                from plan_plan p order by p.issued_on desc, p.id desc limit ? offset ?""",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getTimestamp(5).toInstant(), rs.getInt(6)),
                size, (long) (pageNo - 1) * size);
        return new Page(rows, pageNo, size, total);
    }
}
