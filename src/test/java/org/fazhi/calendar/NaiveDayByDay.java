package org.fazhi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A deliberately naive reference calendar: walks day by day and looks each date up in hash sets. Used as
 * the oracle in property tests and as the baseline in the benchmark.
 */
public final class NaiveDayByDay {

    private final Set<LocalDate> offDays = new HashSet<>();
    private final Set<LocalDate> makeUpDays = new HashSet<>();

    public NaiveDayByDay(Collection<HolidayYear> years) {
        for (HolidayYear year : years) {
            for (HolidayEntry entry : year.days()) {
                (entry.offDay() ? offDays : makeUpDays).add(entry.date());
            }
        }
    }

    public boolean isWorkingDay(LocalDate date) {
        if (makeUpDays.contains(date)) {
            return true;
        }
        if (offDays.contains(date)) {
            return false;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public boolean isListedOffDay(LocalDate date) {
        return offDays.contains(date);
    }

    public boolean isMakeUpDay(LocalDate date) {
        return makeUpDays.contains(date);
    }

    public LocalDate addWorkingDays(LocalDate start, int count) {
        LocalDate day = start;
        for (int counted = 0; counted < count; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public LocalDate addCalendarDays(LocalDate start, int count) {
        LocalDate day = start.plusDays(count);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
