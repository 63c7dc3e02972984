package org.fazhi.progress.internal;

import java.time.LocalDate;

/**
 * One reporting period of a plan: its key (e.g. {@code 2021-Q1}, {@code 2021-M03}, {@code 2021-H2},
 * {@code 2021-Y}, {@code TASK} for the task's own deadline), first and last day, and the day its report is due.
 */
public record ReportPeriod(String key, LocalDate start, LocalDate end, LocalDate due) {

    /** The message key of the period's label, e.g. {@code progress.period.Q}. */
    public String labelKey() {
        if (key.equals(Periods.TASK)) {
            return "progress.period.TASK";
        }
        return "progress.period." + key.substring(5, 6);
    }

    /** The number within the year (month, quarter, half), 0 for whole-year and task periods. */
    public int ordinal() {
        return key.length() > 6 ? Integer.parseInt(key.substring(6)) : 0;
    }

    /** The arguments of the label message: the year as text (a number would be written 2,021), number, last day. */
    public Object[] labelArgs() {
        return new Object[] {String.valueOf(year()), ordinal(), end.toString()};
    }

    public int year() {
        return start.getYear();
    }
}
