package org.fazhi.supervision.internal;

import java.util.Locale;
import org.fazhi.platform.Changes;
import org.fazhi.platform.KeptValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The number of unread inbox entries per recipient, for every page's navigation bar: one indexed count, kept until
 * an inbox entry is written or read on any instance ({@link KeptValues}). Not transactional (no proxy on the path
 * every page takes); {@link Notifications} reports its writes here.
 */
@Component
public class UnreadCounts {

    /** The {@link Changes} topic of inbox entries. */
    static final String TOPIC = "inbox";

    private final JdbcTemplate jdbc;
    private final KeptValues<String, Integer> kept;

    UnreadCounts(JdbcTemplate jdbc, Changes changes) {
        this.jdbc = jdbc;
        this.kept = new KeptValues<>(changes, TOPIC);
    }

    public int of(String recipient) {
        return kept.get(recipient.toLowerCase(Locale.ROOT), () -> {
            Integer n = jdbc.queryForObject("select count(*) from supervision_notification"
                    + " where lower(recipient) = lower(?) and read_at is null", Integer.class, recipient);
            return n == null ? 0 : n;
        });
    }

    /** Inbox entries are written or read in the current transaction. */
    void changed() {
        kept.changed();
    }
}
