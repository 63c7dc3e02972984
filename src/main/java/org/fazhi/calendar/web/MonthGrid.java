package org.fazhi.calendar.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.calendar.CalendarDay;

/**
 * A month laid out Monday-first in weeks for the calendar page; {@code null} cells pad the first and last
 * week.
 */
record MonthGrid(YearMonth month, List<List<CalendarDay>> weeks, boolean assumed) {

    static MonthGrid of(YearMonth month, List<CalendarDay> days) {
        List<List<CalendarDay>> weeks = new ArrayList<>();
        List<CalendarDay> week = new ArrayList<>();
        for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
            week.add(null);
        }
        for (CalendarDay day : days) {
            week.add(day);
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        return new MonthGrid(month, weeks, days.stream().anyMatch(CalendarDay::assumed));
    }
}
