/**
 * Calendar — the official working-day calendar (Monday–Friday, minus State Council holidays, plus make-up
 * working days 调休), statutory period arithmetic (calendar vs working days, start day not counted, roll-over
 * of a calendar-day period ending on a rest day, 补正 restarts, 中止 suspensions, one capped extension,
 * "Nth working day after the quarter") and the explanation of every computed deadline.
 *
 * <p>API: {@link org.fazhi.calendar.CalendarManagement} (the facade), the value records of this package,
 * {@link org.fazhi.calendar.DeadlineSource} (other modules register their open deadlines for recomputation
 * and the ICS feed) and the {@link org.fazhi.calendar.CalendarChanged} event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.fazhi.calendar;
