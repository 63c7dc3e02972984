package org.fazhi.plan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the responsibility tags of a task: a bracketed tag at the end (〔责任单位:…〕, (责任单位：…),
 * (A牵头,B、C按职责分工负责), (A负责)), an unbracketed "责任单位：…" after the text, or separate field lines
 * ("牵头单位：…；配合单位：…；完成时限：…"). Labels may be half- or full-width; nested brackets such as
 * 各县(市、区)政府 are respected.
 */
final class ResponsibilityTagParser {

    private static final Pattern ROLE_ENDING = Pattern.compile("(牵头|负责|落实|配合|协助)$");
    private static final String TERMINAL = "。；;.，, \t　";

    /** What a task's text yields: the text without its tags, the units and the deadline words found. */
    record Extraction(String text, List<UnitMention> units, List<String> deadlineTexts) {
    }

    private final DeadlineParser deadlines;

    ResponsibilityTagParser(DeadlineParser deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * Removes trailing tags from {@code text} and parses them.
     *
     * @throws RefusedException if a tag such as 〔责任单位 is opened and never closed
     */
    Extraction extract(String text, int line) {
        List<UnitMention> units = new ArrayList<>();
        List<String> deadlineTexts = new ArrayList<>();
        String rest = text;
        for (int guard = 0; guard < 4; guard++) {
            String trimmed = stripEnd(rest);
            if (trimmed.isEmpty() || !Brackets.isClose(trimmed.charAt(trimmed.length() - 1))) {
                break;
            }
            int open = Brackets.matchingOpen(trimmed, trimmed.length() - 1);
            if (open < 0) {
                break;
            }
            String content = trimmed.substring(open + 1, trimmed.length() - 1);
            if (!isTag(content)) {
                break;
            }
            parseFields(content, line, units, deadlineTexts);
            rest = trimmed.substring(0, open);
        }
        rejectUnclosedTag(rest, line);
        FieldLabels.Found label = topLevelLabel(rest);
        if (label != null) {
            parseFields(rest.substring(label.start()), line, units, deadlineTexts);
            rest = rest.substring(0, label.start());
        } else if (units.isEmpty()) {
            rest = extractInnerTag(rest, line, units, deadlineTexts);
        }
        return new Extraction(rest.strip(), units, deadlineTexts);
    }

    /**
     * A labelled tag that is not at the end ("…（责任单位：市司法局）2023年底前完成。"): the last bracket group
     * that starts with a field label is taken out of the text and parsed.
     */
    private String extractInnerTag(String text, int line, List<UnitMention> units, List<String> deadlineTexts) {
        if (!hasColon(text)) {
            return text;
        }
        List<FieldLabels.Found> labels = FieldLabels.findAll(text);
        for (int i = labels.size() - 1; i >= 0; i--) {
            int open = labels.get(i).start() - 1;
            if (open >= 0 && Brackets.isOpen(text.charAt(open)) && Brackets.family(text.charAt(open)) != 3) {
                int close = Brackets.matchingClose(text, open);
                if (close > open) {
                    parseFields(text.substring(open + 1, close), line, units, deadlineTexts);
                    return text.substring(0, open) + text.substring(close + 1);
                }
            }
        }
        return text;
    }

    /** True if a whole line is a field line ("责任单位：…", "（牵头单位：…）"). */
    static boolean isFieldLine(String line) {
        String text = line.strip();
        if (!text.isEmpty() && Brackets.isOpen(text.charAt(0)) && Brackets.family(text.charAt(0)) != 3) {
            text = text.substring(1).strip();
        }
        return FieldLabels.atStart(text) != null;
    }

    /** Parses a field line or tag content into {@code units} and {@code deadlineTexts}. */
    void parseFields(String content, int line, List<UnitMention> units, List<String> deadlineTexts) {
        String text = content.strip();
        if (!text.isEmpty() && Brackets.isOpen(text.charAt(0)) && Brackets.isClose(text.charAt(text.length() - 1))) {
            text = text.substring(1, text.length() - 1);
        }
        List<int[]> labels = new ArrayList<>();
        for (FieldLabels.Found found : FieldLabels.findAll(text)) {
            labels.add(new int[] {found.start(), found.end()});
        }
        if (labels.isEmpty() || labels.get(0)[0] > 0) {
            int end = labels.isEmpty() ? text.length() : labels.get(0)[0];
            addUnits(text.substring(0, end), null, line, units, deadlineTexts);
        }
        for (int i = 0; i < labels.size(); i++) {
            String label = text.substring(labels.get(i)[0], labels.get(i)[1]);
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            String value = stripEnd(text.substring(labels.get(i)[1], end));
            if (label.startsWith("完成") || label.startsWith("时")) {
                if (!value.isEmpty()) {
                    deadlineTexts.add(value);
                }
            } else {
                addUnits(value, roleOf(label), line, units, deadlineTexts);
            }
        }
    }

    private void addUnits(String list, String role, int line, List<UnitMention> units, List<String> deadlineTexts) {
        if (list.isBlank()) {
            return;
        }
        UnitListParser.Result result = UnitListParser.parse(list, role, line, deadlines);
        units.addAll(result.units());
        if (result.deadlineText() != null) {
            deadlineTexts.add(result.deadlineText());
        }
    }

    private static String roleOf(String label) {
        if (label.startsWith("牵头") || label.startsWith("主")) {
            return "lead";
        }
        if (label.startsWith("配合") || label.startsWith("协办") || label.startsWith("参与")) {
            return "partner";
        }
        return null;
    }

    private static boolean isTag(String content) {
        String text = content.strip();
        if (FieldLabels.atStart(text) != null) {
            return true;
        }
        if (text.isEmpty() || text.length() > 400 || text.indexOf('。') >= 0) {
            return false;
        }
        return UnitListParser.split(text, ",，;；").stream().map(String::strip)
                .anyMatch(clause -> ROLE_ENDING.matcher(clause).find());
    }

    private static void rejectUnclosedTag(String text, int line) {
        if (!hasColon(text)) {
            return;
        }
        for (FieldLabels.Found m : FieldLabels.findAll(text)) {
            int before = m.start() - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            if (before >= 0 && Brackets.isOpen(text.charAt(before)) && Brackets.matchingClose(text, before) < 0) {
                throw new RefusedException("unclosedTag", line, line);
            }
        }
    }

    /** The first field label outside brackets ("…工作。责任单位：市司法局"), or null. */
    private static FieldLabels.Found topLevelLabel(String text) {
        if (!hasColon(text)) {
            return null;
        }
        for (FieldLabels.Found m : FieldLabels.findAll(text)) {
            if (depthAt(text, m.start()) == 0) {
                return m;
            }
        }
        return null;
    }

    /** Every field label ends in a colon: a cheap test before the label pattern. */
    private static boolean hasColon(String text) {
        return text.indexOf(':') >= 0 || text.indexOf('：') >= 0;
    }

    private static int depthAt(String text, int index) {
        int depth = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (Brackets.isOpen(c)) {
                depth++;
            } else if (Brackets.isClose(c)) {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth;
    }

    private static String stripEnd(String text) {
        int end = text.length();
        while (end > 0 && TERMINAL.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
