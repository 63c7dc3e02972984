package org.fazhi.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.calendar.CalendarChanged;
import org.fazhi.calendar.MovedDeadline;
import org.fazhi.platform.Changes;
import org.fazhi.supervision.SupervisionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stored due dates of supervision orders and 整改 items in step with the official calendar. When an
 * administrator adds or corrects a year ({@link CalendarChanged}), the calendar recomputes every open deadline of
 * {@link OrderDeadlines} and {@link RectificationDeadlines} from its start day and working-day count and lists
 * those that moved; this writes the new date of each still open order (not yet answered) and each still open
 * item whose deadline was given in working days, in the calendar change's own transaction (all or nothing), and
 * records the move (by {@code system}, when, which change). Items given as a fixed date keep their date. Each
 * move is told through the inbox in the same transaction ({@link DeadlineMoveNotices}).
 */
@Component
public class DeadlineMoves {

    static final String SYSTEM = "system";
    private static final String ORDER = "supervision:order:";
    private static final String RECTIFICATION = "supervision:rectification:";
    private static final Logger log = LoggerFactory.getLogger(DeadlineMoves.class);

    private final JdbcTemplate jdbc;
    private final DeadlineMoveNotices notices;
    private final Changes changes;

    DeadlineMoves(JdbcTemplate jdbc, DeadlineMoveNotices notices, Changes changes) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.changes = changes;
    }

    @EventListener
    @Transactional
    void on(CalendarChanged event) {
        int n = 0;
        for (MovedDeadline moved : event.moved()) {
            if (moved.id().startsWith(ORDER)) {
                n += move("ORDER", id(moved, ORDER), moved, event, "update supervision_order set due_on = ?"
                        + " where id = ? and state = 'OPEN' and due_on <> ?");
            } else if (moved.id().startsWith(RECTIFICATION)) {
                n += move("RECTIFICATION", id(moved, RECTIFICATION), moved, event, "update supervision_rectification"
                        + " set due_on = ? where id = ? and working_days is not null"
                        + " and state not in ('ACCEPTED', 'VOIDED') and due_on <> ?");
            }
        }
        if (n > 0) {
            changes.changed(SupervisionDirectory.CHANGES_TOPIC); // overdue counts follow the new due dates
            log.info("calendar year {} changed by {}: {} supervision due date(s) moved", event.year(),
                    event.changedBy(), n);
        }
    }

    private static Long id(MovedDeadline moved, String prefix) {
        try {
            return Long.valueOf(moved.id().substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int move(String kind, Long id, MovedDeadline moved, CalendarChanged event, String update) {
        if (id == null) {
            return 0;
        }
        List<LocalDate> was = jdbc.queryForList("select due_on from " + (kind.equals("ORDER") ? "supervision_order"
                : "supervision_rectification") + " where id = ?", LocalDate.class, id);
        if (was.isEmpty() || jdbc.update(update, moved.after(), id, moved.after()) != 1) {
            return 0;
        }
        jdbc.update("insert into supervision_deadline_move (item_kind, item_id, due_before, due_after, calendar_year,"
                + " calendar_changed_by, moved_by) values (?, ?, ?, ?, ?, ?, ?)", kind, id, was.get(0), moved.after(),
                event.year(), event.changedBy(), SYSTEM);
        if (kind.equals("ORDER")) {
            notices.orderMoved(id, was.get(0), moved.after());
        } else {
            notices.itemMoved(id, was.get(0), moved.after());
        }
        return 1;
    }

    /** The recorded moves of an order's due date, oldest first (the caller has read the order, so may see it). */
    public List<DeadlineMove> of(SupervisionOrder order) {
        return of("ORDER", order.id());
    }

    /** The recorded moves of one order's or item's due date, oldest first. */
    List<DeadlineMove> of(String kind, long itemId) {
        return jdbc.query("select item_kind, item_id, due_before, due_after, calendar_year, calendar_changed_by,"
                + " moved_by, moved_at from supervision_deadline_move where item_kind = ? and item_id = ?"
                + " order by moved_at, id", (rs, i) -> new DeadlineMove(rs.getString(1), rs.getLong(2),
                rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getString(6),
                rs.getString(7), rs.getTimestamp(8).toInstant()), kind, itemId);
    }
}
