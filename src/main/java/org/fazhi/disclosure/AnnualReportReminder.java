package org.fazhi.disclosure;

import java.time.LocalDate;

/**
 * A unit's deadline for publishing its 政府信息公开工作年度报告 (政府信息公开条例 第四十九条): departments by 31
 * January, local governments by 31 March, each for the year before.
 *
 * @param unitId     the unit that publishes
 * @param reportYear the year the report covers
 * @param dueOn      the last day to publish
 * @param state      where {@code today} stands against {@code dueOn}
 */
public record AnnualReportReminder(long unitId, int reportYear, LocalDate dueOn, State state) {

    /** The register does not record publication, so a passed day says only that the day is over. */
    public enum State {
        /** More than {@link DisclosureDirectory#DUE_SOON_DAYS} days away. */
        UPCOMING,
        /** Within {@link DisclosureDirectory#DUE_SOON_DAYS} days (the day itself included). */
        DUE_SOON,
        /** The day is over for this year. */
        PASSED
    }
}
