package org.fazhi.progress;

import java.time.LocalDate;

/**
 * One reporting period of an assignment as dashboards read it.
 *
 * @param periodKey        e.g. {@code 2021-Q1}, {@code TASK}
 * @param due              the day its report is due
 * @param firstSubmittedOn the official day (in {@code fazhi.time-zone}) the unit first submitted a version for it
 *                         — to its own leader or to the office — or {@code null} when it never did
 * @param delivered        its latest version currently counts as delivered ({@link ReportState#delivered()})
 */
public record PeriodDelivery(String periodKey, LocalDate due, LocalDate firstSubmittedOn, boolean delivered) {

    /** Whether the due day is behind {@code today} (the due day itself still counts as in time). */
    public boolean duePassed(LocalDate today) {
        return due.isBefore(today);
    }

    /** Whether a version was submitted on or before the due day (a version later returned still counts). */
    public boolean submittedInTime() {
        return firstSubmittedOn != null && !firstSubmittedOn.isAfter(due);
    }
}
