package org.fazhi.calendar;

import java.time.LocalDate;

/**
 * A date as the calendar sees it.
 *
 * @param date        the date
 * @param kind        workday, weekend, holiday or make-up working day
 * @param holidayName the holiday's name from the notice, or {@code null} for unlisted days
 * @param assumed     true when the date's year has no holiday data and plain Monday–Friday was assumed
 */
public record CalendarDay(LocalDate date, DayKind kind, String holidayName, boolean assumed) {
}
