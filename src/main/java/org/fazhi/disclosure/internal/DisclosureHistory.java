package org.fazhi.disclosure.internal;

import org.fazhi.platform.RegisterLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The append-only record of every change to a request: who, when, what ({@code disclosure_event}). */
@Repository
public class DisclosureHistory extends RegisterLog {

    DisclosureHistory(JdbcTemplate jdbc) {
        super(jdbc, "disclosure_event", "request_id");
    }
}
