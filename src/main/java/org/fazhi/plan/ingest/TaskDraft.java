package org.fazhi.plan.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A task as collected from the source, before {@link TaskAssembler} splits title and body and reads its
 * tags. Text notices fill {@code lines} and {@code fieldLines}; task tables fill the column values.
 */
final class TaskDraft {

    final String label;
    final int labelValue;
    final int sourceLine;
    final List<SourceLine> lines = new ArrayList<>();
    final List<SourceLine> fieldLines = new ArrayList<>();
    String tableTitle;
    final List<String> tableBody = new ArrayList<>();
    final List<String> leadCells = new ArrayList<>();
    final List<String> unitCells = new ArrayList<>();
    final List<String> partnerCells = new ArrayList<>();
    final List<String> deadlineCells = new ArrayList<>();

    TaskDraft(String label, int labelValue, int sourceLine) {
        this.label = label;
        this.labelValue = labelValue;
        this.sourceLine = sourceLine;
    }

    boolean fromTable() {
        return tableTitle != null || !tableBody.isEmpty();
    }

    int lastLine() {
        if (!fieldLines.isEmpty()) {
            return fieldLines.get(fieldLines.size() - 1).number();
        }
        return lines.isEmpty() ? sourceLine : lines.get(lines.size() - 1).number();
    }
}
