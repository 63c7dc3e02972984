package org.fazhi.calendar;

import java.util.Objects;

/**
 * A statutory period (期间): a length and how it is counted.
 *
 * @param length number of days, 1..3660
 * @param unit   calendar days, working days, or working days after the quarter's end
 */
public record Period(int length, PeriodUnit unit) {

    /** Longest period accepted (ten years of calendar days). */
    public static final int MAX_LENGTH = 3660;

    public Period {
        Objects.requireNonNull(unit, "unit");
        if (length < 1 || length > MAX_LENGTH) {
            throw new CalendarException("error.calendar.period.invalidLength", length, MAX_LENGTH);
        }
    }

    /** N calendar days (日). */
    public static Period calendarDays(int length) {
        return new Period(length, PeriodUnit.CALENDAR_DAYS);
    }

    /** N working days (工作日). */
    public static Period workingDays(int length) {
        return new Period(length, PeriodUnit.WORKING_DAYS);
    }

    /** The Nth working day after the end of the quarter. */
    public static Period workingDaysAfterQuarterEnd(int length) {
        return new Period(length, PeriodUnit.WORKING_DAYS_AFTER_QUARTER_END);
    }

    /** Whether {@code other} is counted the same way and is no longer than this period (an extension cap). */
    public boolean admits(Period other) {
        return other.unit == unit && other.length <= length;
    }
}
