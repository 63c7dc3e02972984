package org.fazhi.plan.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises the columns of a task table (任务分工表, ledger) by their header words, not position:
 * 序号 / 重点任务 / 工作内容(具体措施) / 牵头单位 / 责任单位(配合单位) / 完成时限 / 类别 …. A row is a header row
 * when it names at least one task-text column and one unit column, at least 60% of its filled cells
 * are header words, and none is a sentence (so a data row naming 市直有关部门 is not a header).
 */
final class TaskColumns {

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s");

    enum Kind { NUMBER, SECTION, TASK, CONTENT, LEAD, UNITS, PARTNERS, DEADLINE, IGNORED }

    private final Map<Kind, List<Integer>> columns;
    private final Map<Integer, String> names;

    private TaskColumns(Map<Kind, List<Integer>> columns, Map<Integer, String> names) {
        this.columns = columns;
        this.names = names;
    }

    /**
     * A second header row under this one ("责任单位" spanning "牵头单位 | 配合单位") refines the columns it
     * names; returns null if {@code row} is not such a sub-header (every filled cell a short header word).
     */
    TaskColumns refinedBy(TableRow row) {
        Map<Integer, Kind> byColumn = new java.util.TreeMap<>();
        Map<Integer, String> renamed = new java.util.HashMap<>(names);
        columns.forEach((kind, indices) -> indices.forEach(i -> byColumn.put(i, kind)));
        int filled = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            String header = WHITE_SPACE.matcher(row.text(i)).replaceAll("");
            if (header.isEmpty() || row.fromAbove(i)) {
                continue;
            }
            Kind kind = kindOf(header);
            if (kind == Kind.IGNORED || header.length() > 16 || header.indexOf('。') >= 0
                    || "市县区省州各镇乡街".indexOf(header.charAt(0)) >= 0) {
                return null;
            }
            filled++;
            byColumn.put(i, kind);
            renamed.put(i, header);
        }
        if (filled == 0) {
            return null;
        }
        Map<Kind, List<Integer>> refined = new EnumMap<>(Kind.class);
        byColumn.forEach((column, kind) -> refined.computeIfAbsent(kind, k -> new ArrayList<>()).add(column));
        return new TaskColumns(refined, renamed);
    }

    /** The columns of {@code row} if it is a task-table header row, else null. */
    static TaskColumns fromHeader(TableRow row) {
        Map<Kind, List<Integer>> found = new EnumMap<>(Kind.class);
        Map<Integer, String> names = new java.util.HashMap<>();
        int filled = 0;
        int recognised = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            String header = WHITE_SPACE.matcher(row.text(i)).replaceAll("");
            if (header.isEmpty()) {
                continue;
            }
            filled++;
            if (header.length() > 16 || header.indexOf('。') >= 0) {
                return null;
            }
            Kind kind = kindOf(header);
            recognised += kind == Kind.IGNORED ? 0 : 1;
            names.put(i, header);
            found.computeIfAbsent(kind, k -> new ArrayList<>()).add(i);
        }
        boolean text = found.containsKey(Kind.TASK) || found.containsKey(Kind.CONTENT);
        boolean units = found.containsKey(Kind.LEAD) || found.containsKey(Kind.UNITS) || found.containsKey(Kind.PARTNERS);
        if (!text || !units || recognised * 10 < filled * 6) {
            return null;
        }
        if (!found.containsKey(Kind.LEAD) && !found.containsKey(Kind.UNITS) && found.containsKey(Kind.PARTNERS)) {
            found.put(Kind.UNITS, found.remove(Kind.PARTNERS));
        }
        return new TaskColumns(found, names);
    }

    static Kind kindOf(String header) {
        if (header.contains("序号") || header.contains("编号") || header.equals("号")) {
            return Kind.NUMBER;
        }
        if (header.contains("领导") || header.contains("备注") || header.contains("进展") || header.contains("说明")) {
            return Kind.IGNORED;
        }
        if (header.contains("牵头") || header.contains("主责") || header.contains("主要责任")) {
            return Kind.LEAD;
        }
        if (header.contains("配合") || header.contains("协办") || header.contains("参与")) {
            return Kind.PARTNERS;
        }
        if (header.contains("时限") || header.contains("时间") || header.contains("期限") || header.contains("节点")) {
            return Kind.DEADLINE;
        }
        if (header.contains("单位") || header.contains("部门") || header.contains("主体")) {
            return Kind.UNITS;
        }
        if (header.contains("内容") || header.contains("措施") || header.contains("要求") || header.contains("目标")) {
            return Kind.CONTENT;
        }
        if (header.contains("任务") || header.contains("事项") || header.contains("工作")) {
            return Kind.TASK;
        }
        if (header.contains("类别") || header.contains("领域") || header.contains("板块") || header.contains("部分")
                || header.contains("方面") || header.contains("类型")) {
            return Kind.SECTION;
        }
        return Kind.IGNORED;
    }

    boolean has(Kind kind) {
        return columns.containsKey(kind);
    }

    /** The first column of this kind, -1 if none. */
    int first(Kind kind) {
        List<Integer> indices = columns.get(kind);
        return indices == null ? -1 : indices.get(0);
    }

    /** The non-blank texts of {@code row} in the columns of {@code kind}. */
    List<String> texts(TableRow row, Kind kind) {
        List<String> texts = new ArrayList<>();
        for (int column : columns.getOrDefault(kind, List.of())) {
            String text = row.text(column).strip();
            if (!text.isEmpty() && !texts.contains(text)) {
                texts.add(text);
            }
        }
        return texts;
    }

    /**
     * Text in columns that are not task text, units or deadline (备注, 牵头领导, unnamed columns), as
     * "header：text", so it is kept in the task body rather than dropped.
     */
    List<String> notes(TableRow row) {
        List<String> notes = new ArrayList<>();
        List<Integer> ignored = columns.getOrDefault(Kind.IGNORED, List.of());
        for (int i = 0; i < row.cells().size(); i++) {
            String text = row.text(i).strip();
            boolean mapped = names.containsKey(i) && !ignored.contains(i);
            if (!text.isEmpty() && !mapped && !row.fromAbove(i) && !isRepeatOfLeft(row, i)) {
                String name = names.getOrDefault(i, "");
                notes.add(name.isEmpty() ? text : name + "：" + text);
            }
        }
        return notes;
    }

    private static boolean isRepeatOfLeft(TableRow row, int column) {
        return column > 0 && row.text(column).equals(row.text(column - 1));
    }

    /** True if the row carries anything in a unit or deadline column. */
    boolean hasAssignment(TableRow row) {
        return !texts(row, Kind.LEAD).isEmpty() || !texts(row, Kind.UNITS).isEmpty()
                || !texts(row, Kind.PARTNERS).isEmpty() || !texts(row, Kind.DEADLINE).isEmpty();
    }
}
