package org.fazhi.plan.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link TaskDraft} into a {@link ParsedTask}: strips the responsibility and deadline tags,
 * splits title (up to the first 。) from body, reads the deadline (a deadline field or column first, else
 * a dated phrase in the text) and applies the {@link LeadRule}.
 */
final class TaskAssembler {

    private final ResponsibilityTagParser tags;
    private final DeadlineParser deadlines;
    private final Diagnostics diagnostics;

    TaskAssembler(DeadlineParser deadlines, Diagnostics diagnostics) {
        this.tags = new ResponsibilityTagParser(deadlines);
        this.deadlines = deadlines;
        this.diagnostics = diagnostics;
    }

    ParsedTask assemble(TaskDraft draft, int number) {
        List<UnitMention> units = new ArrayList<>();
        List<String> deadlineTexts = new ArrayList<>();
        String title;
        String body;
        if (draft.fromTable()) {
            String[] split = splitTitle(draft.tableTitle == null ? String.join("\n", draft.tableBody)
                    : draft.tableTitle);
            title = split[0];
            body = draft.tableTitle == null ? split[1] : joinNonEmpty(split[1], String.join("\n", draft.tableBody));
            addCells(draft.leadCells, "lead", draft.sourceLine, units, deadlineTexts);
            addCells(draft.unitCells, null, draft.sourceLine, units, deadlineTexts);
            addCells(draft.partnerCells, "partner", draft.sourceLine, units, deadlineTexts);
            deadlineTexts.addAll(draft.deadlineCells);
        } else {
            String text = String.join("\n", draft.lines.stream().map(SourceLine::text).toList());
            int tagLine = draft.lines.isEmpty() ? draft.sourceLine : draft.lines.get(draft.lines.size() - 1).number();
            ResponsibilityTagParser.Extraction extraction = tags.extract(text, tagLine);
            units.addAll(extraction.units());
            deadlineTexts.addAll(extraction.deadlineTexts());
            for (SourceLine field : draft.fieldLines) {
                tags.parseFields(field.text(), field.number(), units, deadlineTexts);
            }
            String[] split = splitTitle(extraction.text());
            title = split[0];
            body = split[1];
        }
        warnUnbalanced(title, body, draft.sourceLine);
        Deadline deadline = deadline(deadlineTexts, title + "\n" + body, draft.lastLine());
        List<Responsibility> responsibilities = LeadRule.apply(dedupe(units, title, draft.sourceLine));
        if (responsibilities.isEmpty()) {
            diagnostics.warn(draft.sourceLine, "noResponsibility", draft.label + title);
        }
        return new ParsedTask(number, draft.label, title, body, deadline == null ? null : deadline.date(),
                deadline == null ? null : deadline.text(), responsibilities, draft.sourceLine);
    }

    private void addCells(List<String> cells, String role, int line, List<UnitMention> units, List<String> deadlineTexts) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                List<UnitMention> found = new ArrayList<>();
                tags.parseFields(cell, line, found, deadlineTexts);
                if (role != null) {
                    retag(found, role);
                }
                units.addAll(found);
            }
        }
    }

    /** Units of a 牵头单位 or 配合单位 column take that column's role unless marked otherwise in the cell. */
    private static void retag(List<UnitMention> units, String role) {
        for (int i = 0; i < units.size(); i++) {
            UnitMention m = units.get(i);
            if (!m.markedLead() && !m.markedPartner()) {
                units.set(i, new UnitMention(m.name(), "lead".equals(role), "partner".equals(role)));
            }
        }
    }

    private Deadline deadline(List<String> fieldTexts, String text, int line) {
        if (!fieldTexts.isEmpty()) {
            return deadlines.parseField(String.join("，", fieldTexts), line);
        }
        return deadlines.findInText(text, line);
    }

    private List<UnitMention> dedupe(List<UnitMention> units, String title, int line) {
        Map<String, UnitMention> byName = new LinkedHashMap<>();
        for (UnitMention m : units) {
            UnitMention seen = byName.get(m.name());
            if (seen == null) {
                byName.put(m.name(), m);
            } else {
                diagnostics.warn(line, "duplicateUnit", title, m.name());
                byName.put(m.name(), new UnitMention(m.name(), seen.markedLead() || m.markedLead(),
                        seen.markedPartner() && m.markedPartner()));
            }
        }
        return new ArrayList<>(byName.values());
    }

    private void warnUnbalanced(String title, String body, int line) {
        String text = title + body;
        if (!Brackets.balanced(text)) {
            diagnostics.warn(line, "unbalancedBrackets", abbreviate(text));
        }
    }

    /**
     * Title = text up to the first 。 (without it); body = the rest. A first line without 。 followed by
     * more lines is a heading-style title ("（一）加强组织领导" then the text on the next lines).
     */
    static String[] splitTitle(String text) {
        String stripped = text.strip();
        int stop = stripped.indexOf('。');
        int newline = stripped.indexOf('\n');
        if (newline > 0 && (stop < 0 || newline < stop)) {
            String heading = stripped.substring(0, newline).strip().replaceAll("[：:；;，,]+$", "");
            return new String[] {heading, stripped.substring(newline + 1).strip()};
        }
        if (stop < 0) {
            return new String[] {stripped, ""};
        }
        return new String[] {stripped.substring(0, stop).strip(), stripped.substring(stop + 1).strip()};
    }

    private static String joinNonEmpty(String a, String b) {
        if (a.isEmpty()) {
            return b.strip();
        }
        return b.isBlank() ? a : a + "\n" + b.strip();
    }

    static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }
}
