package org.fazhi.plan.ingest;

import java.util.List;

/**
 * One row of a Word or Excel table, cells laid out on the table grid: a cell spanning several columns
 * is repeated in each of them, and a cell merged down from the row above carries that row's text with
 * {@code fromAbove} set.
 */
record TableRow(int line, List<Cell> cells) {

    record Cell(String text, boolean fromAbove) {
    }

    TableRow {
        cells = List.copyOf(cells);
    }

    String text(int column) {
        return column < cells.size() ? cells.get(column).text() : "";
    }

    boolean fromAbove(int column) {
        return column < cells.size() && cells.get(column).fromAbove();
    }

    boolean isBlank() {
        return cells.stream().allMatch(c -> c.text().isBlank());
    }

    /** The row's distinct non-blank texts joined, as a line of text. */
    String joined() {
        return String.join("  ", cells.stream().map(Cell::text).filter(t -> !t.isBlank()).distinct().toList());
    }
}
