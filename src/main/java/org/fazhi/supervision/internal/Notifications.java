package org.fazhi.supervision.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.fazhi.platform.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app inbox: entries are written inside the caller's transaction (so a report and its notice to the
 * office commit together), read by their recipient only, and marked read by their recipient only.
 */
@Service
@Transactional
public class Notifications {

    private static final String SELECT = "select id, recipient, kind, title_key, title_args, body, link, created_at,"
            + " read_at from supervision_notification";

    private final JdbcTemplate jdbc;
    private final UnreadCounts unread;

    Notifications(JdbcTemplate jdbc, UnreadCounts unread) {
        this.jdbc = jdbc;
        this.unread = unread;
    }

    /** Delivers the same entry to each recipient (duplicates once). */
    public void send(Collection<String> recipients, NotificationKind kind, String titleKey, List<String> args,
                     String body, String link) {
        unread.changed();
        for (String recipient : recipients.stream().distinct().toList()) {
            jdbc.update(con -> {
                var ps = con.prepareStatement("insert into supervision_notification (recipient, kind, title_key,"
                        + " title_args, body, link) values (?, ?, ?, ?, ?, ?)");
                ps.setString(1, recipient);
                ps.setString(2, kind.name());
                ps.setString(3, titleKey);
                ps.setArray(4, con.createArrayOf("text", args.toArray()));
                ps.setString(5, body == null ? "" : body);
                ps.setString(6, link);
                return ps;
            });
        }
    }

    /** The recipient's entries, unread first, newest first within each group (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<Notification> of(String recipient, int limit) {
        return jdbc.query(SELECT + " where lower(recipient) = lower(?)"
                + " order by (read_at is null) desc, created_at desc, id desc limit ?", Notifications::row,
                recipient, limit);
    }

    /** The recipient's entries created in [from, to), oldest first. */
    @Transactional(readOnly = true)
    public List<Notification> between(String recipient, Instant from, Instant to) {
        return jdbc.query(SELECT + " where lower(recipient) = lower(?) and created_at >= ? and created_at < ?"
                + " order by created_at, id", Notifications::row, recipient, Timestamp.from(from), Timestamp.from(to));
    }

    /** The recipient's unread entries (kept between writes: see {@link UnreadCounts}). */
    public int unread(String recipient) {
        return unread.of(recipient);
    }

    /** Marks one entry read; another user's entry is "not found" (its existence is not revealed). */
    public void markRead(String recipient, long id) {
        unread.changed();
        int found = jdbc.update("update supervision_notification set read_at = coalesce(read_at, now())"
                + " where id = ? and lower(recipient) = lower(?)", id, recipient);
        if (found == 0) {
            throw new NotFoundException("error.notFound");
        }
    }

    public int markAllRead(String recipient) {
        unread.changed();
        return jdbc.update("update supervision_notification set read_at = now() where lower(recipient) = lower(?)"
                + " and read_at is null", recipient);
    }

    static Notification row(ResultSet rs, int i) throws SQLException {
        return new Notification(rs.getLong(1), rs.getString(2), NotificationKind.valueOf(rs.getString(3)),
                rs.getString(4), strings(rs.getArray(5)), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8).toInstant(), rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
