package org.fazhi.plan.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering labels of official text: sections "一、", Chinese-numbered items "(一)"/"（一）", Arabic
 * items "1." "1．" "1、" (not "1.5万"), and sub-items "(1)" "①" that never start a task.
 */
enum Labels {
    SECTION("^([一二三四五六七八九十百]+)\\s*[、．.](?!\\d)\\s*"),
    CHINESE("^[（(]\\s*([一二三四五六七八九十百]+)\\s*[)）]\\s*"),
    ARABIC("^(\\d{1,4})\\s*[.．、](?!\\d)\\s*"),
    SUB_ITEM("^([（(]\\s*\\d{1,3}\\s*[)）]|[①-⑳])\\s*");

    private final Pattern pattern;

    Labels(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** The label and its value if {@code line} starts with this kind of label, else null. */
    Match match(String line) {
        if (line.isEmpty() || !mayStart(line.charAt(0))) {
            return null;
        }
        Matcher m = pattern.matcher(line);
        if (!m.lookingAt() || m.end() >= line.length()) {
            return null;
        }
        String number = m.group(1);
        int value = this == SUB_ITEM ? -1 : ChineseNumerals.value(number);
        return new Match(line.substring(0, m.end()).strip(), value, line.substring(m.end()));
    }

    private boolean mayStart(char c) {
        return switch (this) {
            case SECTION -> "一二三四五六七八九十百".indexOf(c) >= 0;
            case CHINESE -> c == '(' || c == '（';
            case ARABIC -> c >= '0' && c <= '9';
            case SUB_ITEM -> c == '(' || c == '（' || (c >= '①' && c <= '⑳');
        };
    }

    /** A label found at the start of a line, its numeric value and the text after it. */
    record Match(String label, int value, String rest) {
    }
}
