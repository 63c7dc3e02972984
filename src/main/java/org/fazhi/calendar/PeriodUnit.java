package org.fazhi.calendar;

/** How a statutory period is counted. */
public enum PeriodUnit {
    /**
     * Calendar days (日). If the last day is a holiday or rest day the period ends on the first working
     * day after it (民事诉讼法 Art. 85, applied through 行政复议法 Art. 88).
     */
    CALENDAR_DAYS,
    /** Working days (工作日), e.g. 行政复议法 Art. 88 (三日、五日、七日、十日), 行政处罚法 Art. 85. */
    WORKING_DAYS,
    /** "By the Nth working day after the end of the quarter" the start date falls in. */
    WORKING_DAYS_AFTER_QUARTER_END
}
