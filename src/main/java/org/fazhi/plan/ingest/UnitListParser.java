package org.fazhi.plan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a list of responsible units ("市司法局、市直有关部门,各县(市、区)政府", "A牵头,B、C按职责分工负责")
 * into unit mentions. Separators 、 , ， ; ； and line breaks count only outside brackets, so
 * 各县(市、区)政府 stays whole; phrases such as 按职责分工负责, 分别负责, 配合 are roles, not names; a clause
 * ending in 牵头 (or a name followed by (牵头)) marks its units lead, 配合/协助/参与 marks them partners.
 * A clause that is a deadline ("2023年底前完成") is handed back as a deadline.
 */
final class UnitListParser {

    /** Role phrases that end a clause, longest first so 按职责分工负责 wins over 负责. */
    private static final List<String> CLAUSE_ROLES = List.of("按照职责分工负责", "按职责分工负责", "按职责分工落实",
            "按职责负责", "牵头负责", "牵头落实", "分别负责", "共同负责", "具体负责", "负责落实", "配合落实", "牵头", "负责",
            "配合", "协助", "参与", "落实");
    private static final Pattern NAME_ROLE = Pattern.compile("[(（](牵头|配合|协办|主责)[)）]$");
    private static final List<String> LEADING_NOISE = List.of("并由", "以及", "由", "请", "和", "及");
    private static final List<String> TRAILING_NOISE = List.of("等单位", "等部门", "等");
    private static final String TRAILING_MARKS = "。.：: \t　";

    /** The units found, and the deadline words a clause carried, if any. */
    record Result(List<UnitMention> units, String deadlineText) {
    }

    private UnitListParser() {
    }

    /**
     * Parses {@code list}. {@code role} applies to every unit: "lead" (a 牵头单位 field), "partner" (配合单位)
     * or null (责任单位, decided by marks and {@link LeadRule}).
     *
     * @throws RefusedException when brackets in the list do not pair, since the names cannot be trusted
     */
    static Result parse(String list, String role, int line, DeadlineParser deadlines) {
        if (!Brackets.balanced(list)) {
            throw new RefusedException("unbalancedUnits", line, line, list.strip());
        }
        List<UnitMention> units = new ArrayList<>();
        String deadline = null;
        for (String clause : split(list, ",，;；\n\t 　")) {
            String text = clause.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (deadlines.looksLikeDeadline(text)) {
                deadline = deadline == null ? text : deadline + "，" + text;
                continue;
            }
            String clauseRole = role;
            String phrase = rolePhrase(text);
            if (phrase != null) {
                clauseRole = roleOf(phrase, role);
                text = text.substring(0, text.length() - phrase.length());
            }
            for (String part : split(text, "、")) {
                UnitMention mention = mention(part, clauseRole);
                if (mention != null) {
                    units.add(mention);
                }
            }
        }
        return new Result(units, deadline);
    }

    /** Drops a leading 由/请/及 … and a trailing 等/等单位 …, which are not part of the unit's name. */
    private static String withoutNoise(String name) {
        String result = name;
        for (String noise : LEADING_NOISE) {
            if (result.startsWith(noise) && result.length() > noise.length()) {
                result = result.substring(noise.length());
                break;
            }
        }
        for (String noise : TRAILING_NOISE) {
            if (result.endsWith(noise)) {
                result = result.substring(0, result.length() - noise.length());
                break;
            }
        }
        return result;
    }

    private static String trimMarks(String name) {
        int end = name.length();
        while (end > 0 && TRAILING_MARKS.indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return name.substring(0, end).strip();
    }

    /** The role phrase {@code text} ends with, or null. */
    static String rolePhrase(String text) {
        for (String phrase : CLAUSE_ROLES) {
            if (text.endsWith(phrase)) {
                return phrase;
            }
        }
        return null;
    }

    private static String roleOf(String phrase, String fallback) {
        if (phrase.startsWith("牵头")) {
            return "lead";
        }
        if (phrase.startsWith("配合") || phrase.equals("协助") || phrase.equals("参与")) {
            return "partner";
        }
        return fallback;
    }

    private static UnitMention mention(String raw, String role) {
        String name = raw.strip();
        String nameRole = role;
        Matcher marked = NAME_ROLE.matcher(name);
        if ((name.endsWith(")") || name.endsWith("）")) && marked.find()) {
            nameRole = marked.group(1).equals("牵头") || marked.group(1).equals("主责") ? "lead" : "partner";
            name = name.substring(0, marked.start());
        }
        String phrase = rolePhrase(name);
        if (phrase != null) {
            nameRole = roleOf(phrase, nameRole);
            name = name.substring(0, name.length() - phrase.length());
        }
        name = Brackets.halfWidthRound(trimMarks(withoutNoise(name.strip())));
        if (name.isEmpty()) {
            return null;
        }
        return new UnitMention(name, "lead".equals(nameRole), "partner".equals(nameRole));
    }

    /** Splits at any of {@code separators} outside brackets. */
    static List<String> split(String text, String separators) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Brackets.isOpen(c)) {
                depth++;
            } else if (Brackets.isClose(c)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && separators.indexOf(c) >= 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
