package org.fazhi.plan.ingest;

import java.util.List;

import org.fazhi.plan.ingest.TaskColumns.Kind;

/**
 * Reads the rows of a task table below its header into sections and tasks. A row whose one text spans
 * the table (or stands alone and starts "一、") is a section heading; a 类别-style column merged down a
 * section starts a section whenever its text changes; a row whose 序号 (or, without one, 重点任务) cell is
 * merged down from the row above adds its measures, units and deadline to the task above; every other
 * row with task text is a task. Rows with units but no task text are warned about, never dropped
 * silently.
 */
final class TaskTableReader {

    private final Diagnostics diagnostics;

    TaskTableReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Feeds {@code rows} (below the header) into {@code builder}. */
    void read(List<TableRow> rows, TaskColumns columns, NoticeBuilder builder) {
        String sectionValue = null;
        TaskDraft task = null;
        for (TableRow row : rows) {
            if (row.isBlank() || TaskColumns.fromHeader(row) != null) {
                continue;
            }
            String heading = sectionHeading(row, columns);
            if (heading != null) {
                builder.startSection(heading, row.line());
                task = null;
                continue;
            }
            int sectionColumn = columns.first(Kind.SECTION);
            String section = sectionColumn < 0 ? null : row.text(sectionColumn).strip();
            if (section != null && !section.isEmpty() && !section.equals(sectionValue)) {
                builder.startSection(stripLabel(section), row.line());
                sectionValue = section;
                task = null;
            }
            if (task != null && continuesTaskAbove(row, columns)) {
                addColumns(task, row, columns, true);
                continue;
            }
            List<String> title = columns.texts(row, Kind.TASK);
            List<String> content = columns.texts(row, Kind.CONTENT);
            if (title.isEmpty() && content.isEmpty()) {
                diagnostics.warn(row.line(), "emptyTableRow", TaskAssembler.abbreviate(row.joined()));
                continue;
            }
            String label = String.join("", columns.texts(row, Kind.NUMBER));
            task = new TaskDraft(label, labelValue(label), row.line());
            addColumns(task, row, columns, false);
            builder.addTask(task);
        }
    }

    private static void addColumns(TaskDraft task, TableRow row, TaskColumns columns, boolean continuation) {
        if (!continuation) {
            List<String> title = columns.texts(row, Kind.TASK);
            task.tableTitle = title.isEmpty() ? null : String.join("\n", title);
        }
        for (String text : columns.texts(row, Kind.CONTENT)) {
            if (!continuation || !columnFromAbove(row, columns, Kind.CONTENT)) {
                task.tableBody.add(text);
            }
        }
        task.tableBody.addAll(columns.notes(row));
        addUnlessRepeated(task.leadCells, columns.texts(row, Kind.LEAD));
        addUnlessRepeated(task.unitCells, columns.texts(row, Kind.UNITS));
        addUnlessRepeated(task.partnerCells, columns.texts(row, Kind.PARTNERS));
        addUnlessRepeated(task.deadlineCells, columns.texts(row, Kind.DEADLINE));
    }

    private static void addUnlessRepeated(List<String> target, List<String> texts) {
        for (String text : texts) {
            if (!target.contains(text)) {
                target.add(text);
            }
        }
    }

    private static boolean continuesTaskAbove(TableRow row, TaskColumns columns) {
        int key = columns.has(Kind.NUMBER) ? columns.first(Kind.NUMBER) : columns.first(Kind.TASK);
        if (key >= 0 && row.fromAbove(key)) {
            return true;
        }
        boolean noText = columns.texts(row, Kind.TASK).isEmpty() && columns.texts(row, Kind.CONTENT).isEmpty();
        return noText && columns.hasAssignment(row);
    }

    private static boolean columnFromAbove(TableRow row, TaskColumns columns, Kind kind) {
        int column = columns.first(kind);
        return column >= 0 && row.fromAbove(column);
    }

    /** The heading if the row is a section row, else null. */
    private static String sectionHeading(TableRow row, TaskColumns columns) {
        List<String> distinct = row.cells().stream().map(c -> c.text().strip()).filter(t -> !t.isEmpty())
                .distinct().toList();
        if (distinct.size() != 1) {
            return null;
        }
        String text = distinct.get(0);
        long filled = row.cells().stream().filter(c -> !c.text().isBlank()).count();
        boolean spans = filled > 1 && filled == row.cells().size();
        boolean labelled = Labels.SECTION.match(text) != null;
        boolean taskText = columns.texts(row, Kind.TASK).contains(text) || columns.texts(row, Kind.CONTENT).contains(text);
        boolean firstColumnOnly = row.text(0).strip().equals(text) && !taskText && !columns.hasAssignment(row);
        if (spans || labelled || firstColumnOnly) {
            return stripLabel(text);
        }
        return null;
    }

    private static String stripLabel(String text) {
        for (Labels kind : new Labels[] {Labels.SECTION, Labels.CHINESE}) {
            Labels.Match m = kind.match(text);
            if (m != null) {
                return m.rest().strip();
            }
        }
        return text;
    }

    private static int labelValue(String label) {
        String digits = label.replaceAll("[\\s.．、()（）]", "");
        return ChineseNumerals.value(digits);
    }
}
