package org.fazhi.calendar;

/**
 * What kind of day a date is on the official working-day calendar (工作日历).
 *
 * <p>Working day = Monday–Friday, minus official holidays (法定节假日), plus make-up working days
 * (调休上班日) announced in the State Council's yearly notice.
 */
public enum DayKind {
    /** An ordinary Monday–Friday working day. */
    WORKDAY(true),
    /** A plain Saturday or Sunday (周末) not listed in the notice. */
    WEEKEND(false),
    /** A day off listed in the notice (法定节假日 and the rest days joined to it). */
    HOLIDAY(false),
    /** A Saturday or Sunday the notice turns into a working day (调休上班日). */
    MAKEUP_WORKDAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    /** Whether a period counted in working days counts this day. */
    public boolean isWorking() {
        return working;
    }
}
