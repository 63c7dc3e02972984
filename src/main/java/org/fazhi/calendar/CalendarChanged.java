package org.fazhi.calendar;

import java.util.List;

/**
 * Published when an administrator adds or corrects a year of holiday data. Lists every open deadline
 * (from the {@link DeadlineSource}s) whose date moved, so owners can update what they store and notify.
 *
 * @param year      the year replaced
 * @param changedBy the administrator
 * @param moved     the deadlines that moved, with old and new dates
 */
public record CalendarChanged(int year, String changedBy, List<MovedDeadline> moved) {

    public CalendarChanged {
        moved = List.copyOf(moved);
    }
}
