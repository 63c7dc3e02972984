package org.fazhi.calendar;

import java.util.List;

/**
 * One year of official holiday data — the content of one {@code holiday-cn/<year>.json} file.
 *
 * <p>{@code days} may contain late-December dates of the previous year (the 元旦 break can start
 * there); plain weekends are not listed.
 *
 * @param year   the year the notice is for
 * @param papers the addresses of the notices the data came from
 * @param days   the listed days off and make-up working days
 */
public record HolidayYear(int year, List<String> papers, List<HolidayEntry> days) {

    public HolidayYear {
        papers = papers == null ? List.of() : List.copyOf(papers);
        days = days == null ? List.of() : List.copyOf(days);
    }
}
