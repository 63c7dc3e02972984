package org.fazhi.progress.internal;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per-plan aggregates of report versions for dashboards, in one grouped query: when each (assignment, period)
 * was first submitted and how many versions wait for the office. Also the reporting loop's change counter.
 */
@Component
public class PlanRecords {

    /** First submission day and versions awaiting review of one (assignment, period). */
    public record Submissions(LocalDate firstSubmittedOn, int awaitingReview) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MarksCache marks;

    PlanRecords(JdbcTemplate jdbc, Clock clock, MarksCache marks) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.marks = marks;
    }

    /** assignment id → period key → submissions, for the plan's assignments that have any submitted version. */
    public Map<Long, Map<String, Submissions>> submissions(long planId) {
        Map<Long, Map<String, Submissions>> result = new HashMap<>();
        jdbc.query("""
                select r.assignment_id, r.period_key, min(r.submitted_at),
                       count(*) filter (where r.state = 'SUBMITTED')
                from progress_report r join progress_assignment a on a.id = r.assignment_id
                where a.plan_id = ? and r.submitted_at is not null
                group by r.assignment_id, r.period_key""", (ResultSet rs) -> {
            java.sql.Timestamp first = rs.getTimestamp(3);
            result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), new Submissions(
                    first == null ? null : LocalDate.ofInstant(first.toInstant(), clock.getZone()), rs.getInt(4)));
        }, planId);
        return result;
    }

    /** Grows whenever anything in the reporting loop changes (and once more when that change commits). */
    public long changeCount() {
        return marks.generation();
    }
}
