package org.fazhi.plan.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The field labels of responsibility tags and lines (责任单位：, 牵头单位:, 配合单位：, 完成时限: …), found by
 * their colon, half- or full-width, with optional spaces before it.
 */
final class FieldLabels {

    /** Longest first, so 主要责任单位 is found rather than 责任单位. */
    static final List<String> LABELS = Stream.of("牵头单位", "牵头部门", "主责单位", "主要责任单位", "责任单位", "责任部门",
            "责任主体", "配合单位", "配合部门", "协办单位", "参与单位", "完成时限", "完成时间", "时间节点", "时限要求", "完成期限")
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** A label occurrence: [start, end) covers the label and its colon. */
    record Found(int start, int end, String label) {
    }

    private FieldLabels() {
    }

    static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        for (int colon = 0; colon < text.length(); colon++) {
            char c = text.charAt(colon);
            if (c == ':' || c == '：') {
                Found label = endingAt(text, colon);
                if (label != null) {
                    found.add(label);
                }
            }
        }
        return found;
    }

    /** The label that {@code text} starts with (after nothing but the label and spaces comes a colon), or null. */
    static Found atStart(String text) {
        for (String label : LABELS) {
            if (text.startsWith(label)) {
                int i = label.length();
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '：')) {
                    return new Found(0, i + 1, label);
                }
            }
        }
        return null;
    }

    private static Found endingAt(String text, int colon) {
        int end = colon;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (String label : LABELS) {
            int start = end - label.length();
            if (start >= 0 && text.startsWith(label, start)) {
                return new Found(start, colon + 1, label);
            }
        }
        return null;
    }
}
