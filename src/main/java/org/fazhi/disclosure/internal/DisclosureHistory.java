package org.fazhi.disclosure.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The append-only record of every change to a request: who, when, what. */
@Repository
public class DisclosureHistory {

    /** One recorded change; {@code action} names a message key suffix ({@code disclosure.action.*}). */
    public record Entry(LocalDateTime at, String actor, String action, String detail) {
    }

    private final JdbcTemplate jdbc;

    DisclosureHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(long requestId, String actor, String action, String detail) {
        jdbc.update("INSERT INTO disclosure_event (request_id, actor, action, detail) VALUES (?, ?, ?, ?)",
                requestId, actor, action, detail == null ? "" : detail);
    }

    public List<Entry> of(long requestId) {
        return jdbc.query("SELECT at, actor, action, detail FROM disclosure_event WHERE request_id = ? ORDER BY id",
                (rs, n) -> new Entry(rs.getTimestamp("at").toLocalDateTime(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("detail")), requestId);
    }
}
