package org.fazhi.plan.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits a 牵头单位/责任单位 cell of an uploaded ledger into unit names without cutting a name that itself holds
 * 、 — 各县(市、区)政府, or a unit whose registered name has one: the whole cell is taken as one name when the
 * directory knows it; otherwise it is cut at separators outside brackets, and neighbouring 、-pieces are joined
 * again (longest first) whenever the joined name is known. A piece that stays unknown is returned as written,
 * for the round trip to report — never guessed.
 */
final class UnitCell {

    private UnitCell() {
    }

    /** The names of {@code cell}; {@code known} tells whether the directory knows a name (unit or term). */
    static List<String> names(String cell, Predicate<String> known) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (known.test(text)) {
            return List.of(text);
        }
        List<String> names = new ArrayList<>();
        for (String chunk : split(text, "，,；;")) {
            List<String> pieces = split(chunk, "、");
            int i = 0;
            while (i < pieces.size()) {
                int end = pieces.size();
                while (end > i + 1 && !known.test(String.join("、", pieces.subList(i, end)))) {
                    end--;
                }
                names.add(String.join("、", pieces.subList(i, end)));
                i = end;
            }
        }
        return names;
    }

    /** Cuts at any of {@code separators} (and, for the outer cut, whitespace) outside ( ) （ ） [ ] 【 】. */
    private static List<String> split(String text, String separators) {
        boolean outer = separators.indexOf('、') < 0;
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("(（[【".indexOf(c) >= 0) {
                depth++;
            } else if (")）]】".indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
            boolean cut = depth == 0 && (separators.indexOf(c) >= 0 || outer && Character.isWhitespace(c));
            if (cut) {
                add(parts, current);
            } else {
                current.append(c);
            }
        }
        add(parts, current);
        return parts;
    }

    private static void add(List<String> parts, StringBuilder current) {
        String part = current.toString().strip();
        if (!part.isEmpty()) {
            parts.add(part);
        }
        current.setLength(0);
    }
}
