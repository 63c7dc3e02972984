package org.fazhi.dashboard.internal;

/**
 * One line of a figure table: the group's key as used in drill-down links ({@code section=3}, {@code unit=17},
 * {@code kind=COUNTY_GOVERNMENT}), its label (or a message key for kinds) and its counts.
 */
public record FigureRow(String param, String key, String label, Tally tally) {

    /** The query string selecting this group's assignments, e.g. {@code section=3}. */
    public String query() {
        return param + "=" + key;
    }
}
