package org.fazhi.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 督办单 — one supervision order with its assignments (as the task read when it was issued) and responses.
 *
 * @param number the order's document number, e.g. 督办〔2026〕3号
 */
public record SupervisionOrder(long id, String number, long unitId, String unitName, String reason,
                               String requirement, int responseDays, LocalDate issuedOn, LocalDate dueOn,
                               String issuedBy, Instant issuedAt, OrderState state, Instant escalatedAt,
                               String closedBy, Instant closedAt, String closingNote, long version,
                               List<Item> items, List<Response> responses) {

    /** An assignment the order is about. */
    public record Item(long assignmentId, String taskText) {
    }

    /** A written response of the unit. */
    public record Response(long id, String text, String respondedBy, Instant respondedAt) {
    }

    public boolean closed() {
        return state == OrderState.CLOSED;
    }

    /** Open and past its deadline on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return state == OrderState.OPEN && dueOn.isBefore(today);
    }
}
