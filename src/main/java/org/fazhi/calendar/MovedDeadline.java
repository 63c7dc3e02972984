package org.fazhi.calendar;

import java.time.LocalDate;

/**
 * An open deadline that a calendar change moved.
 *
 * @param id     the owner's identifier of the deadline
 * @param before the deadline on the old calendar
 * @param after  the deadline on the new calendar
 */
public record MovedDeadline(String id, LocalDate before, LocalDate after) {
}
