package org.fazhi.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 整改事项 — one item raised by a supervision order or a published circular for one addressee unit.
 *
 * @param source       what raised it
 * @param sourceId     the order's or circular's id
 * @param sourceLabel  the order's number or the circular's title (as it read when the item was raised)
 * @param workingDays  the deadline in working days after {@code raisedOn}; {@code null} when a date was given
 */
public record Rectification(long id, Source source, long sourceId, String sourceLabel, Long planId, long unitId,
                            String unitName, String requirement, Integer workingDays, LocalDate raisedOn,
                            LocalDate dueOn, RectificationState state, String raisedBy, Instant raisedAt,
                            String closedBy, Instant closedAt, String closingNote, long version) {

    /** What raised an item. */
    public enum Source {
        ORDER, CIRCULAR
    }

    public boolean closed() {
        return state.closed();
    }

    /** Not closed, not waiting for the office, and past its deadline on {@code today}: red. */
    public boolean overdueOn(LocalDate today) {
        return !closed() && state != RectificationState.SUBMITTED && dueOn.isBefore(today);
    }

    /** The page of the order or circular that raised it. */
    public String sourceLink() {
        return (source == Source.ORDER ? "/supervision/orders/" : "/supervision/circulars/") + sourceId;
    }
}
