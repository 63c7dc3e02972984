package org.fazhi.progress.internal;

import java.util.List;
import java.util.Map;

/**
 * One page of the office's review queue: at most {@code size} report versions with their assignments, and
 * how many the whole (filtered) queue holds.
 *
 * @param page  the page number, from 1
 * @param total how many versions match the filter, all pages together
 */
public record ReviewPage(List<Map.Entry<ReportRow, AssignmentView>> items, int page, int size, long total) {

    /** The position of the first row shown, from 1 (0 when the page is empty). */
    public long first() {
        return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    /** The position of the last row shown. */
    public long last() {
        return items.isEmpty() ? 0 : first() + items.size() - 1;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return (long) page * size < total;
    }

    /** How many pages the queue fills (at least 1). */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
