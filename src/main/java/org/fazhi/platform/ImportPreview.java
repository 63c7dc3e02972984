package org.fazhi.platform;

import java.util.List;

/**
 * What a register's Excel import would do: the rows it would save, every refused row with the message key and
 * arguments of its rule, and the rows skipped because they are already registered. Saving is allowed only when
 * no row is refused and at least one is new.
 *
 * @param <R> the register's parsed row
 */
public record ImportPreview<R>(List<R> rows, List<Problem> problems, List<Integer> skipped) {

    /** A refused row (1-based, as Excel numbers it) and the reason as a bundle key with arguments. */
    public record Problem(int row, String key, Object[] args) {
    }

    public boolean ok() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
