package org.fazhi.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded move of an order's or 整改 item's due date after a change of the official calendar.
 *
 * @param kind              {@code ORDER} or {@code RECTIFICATION}
 * @param calendarYear      the calendar year that was added or corrected
 * @param calendarChangedBy the administrator who changed it
 * @param movedBy           always {@code system}
 */
public record DeadlineMove(String kind, long itemId, LocalDate before, LocalDate after, int calendarYear,
                           String calendarChangedBy, String movedBy, Instant movedAt) {
}
