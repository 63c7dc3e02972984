package org.fazhi.progress.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.progress.Frequency;

/**
 * The reporting periods of one assignment: the plan's cycle within the plan year, each report due a number
 * of working days after its period ends (on the official working-day calendar), plus — when the task has a
 * deadline of its own — a final report due on that day.
 */
public final class Periods {

    /** Key of the period that ends on the task's own deadline. */
    public static final String TASK = "TASK";

    private Periods() {
    }

    public static List<ReportPeriod> of(int year, Frequency frequency, int dueWorkingDays, LocalDate taskDue,
                                        WorkingCalendar calendar) {
        int months = switch (frequency) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case HALF_YEARLY -> 6;
            case FINAL -> 12;
        };
        String letter = switch (frequency) {
            case MONTHLY -> "M";
            case QUARTERLY -> "Q";
            case HALF_YEARLY -> "H";
            case FINAL -> "Y";
        };
        List<ReportPeriod> periods = new ArrayList<>();
        for (int first = 1, n = 1; first <= 12; first += months, n++) {
            LocalDate start = LocalDate.of(year, first, 1);
            LocalDate end = YearMonth.of(year, first + months - 1).atEndOfMonth();
            String key = frequency == Frequency.FINAL ? year + "-Y" : year + "-" + letter + n;
            periods.add(new ReportPeriod(key, start, end, calendar.addWorkingDays(end, dueWorkingDays)));
        }
        if (taskDue != null) {
            periods.add(new ReportPeriod(TASK, LocalDate.of(year, 1, 1).isAfter(taskDue) ? taskDue
                    : LocalDate.of(year, 1, 1), taskDue, taskDue));
        }
        return periods;
    }

    /** The period with {@code key}, or {@code null}. */
    public static ReportPeriod find(List<ReportPeriod> periods, String key) {
        return periods.stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
    }
}
