package org.fazhi.plan.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads deadlines (完成时限): "2023年12月底前" → 2023-12-31, "2023年9月底前" → 2023-09-30, "6月30日前" and
 * "年底前" in the plan year, "上半年" → June 30; "长期坚持"/"持续推进" give no date but keep the words.
 * In a deadline field or column every form counts (a bare "2023年12月" is the month's end); in running
 * task text only a dated phrase ending in 前 counts, so "持续推进…" in a task body is not a deadline.
 */
final class DeadlineParser {

    private static final String CN_YEAR = "\\d{4}|[〇零○一二三四五六七八九]{4}";
    private static final String MONTH = "1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]";
    private static final String DAY = "3[01]|[12]\\d|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]";
    private static final Pattern PHRASE = Pattern.compile("(?:(?<y>" + CN_YEAR + ")\\s*年\\s*)?(?:(?<m>" + MONTH
            + ")\\s*月\\s*(?:(?<mend>底|末|份)|(?<d>" + DAY + ")\\s*[日号])?"
            + "|(?<yend>年底|年末|年内|上半年|下半年|底|末|内))\\s*(?<before>之前|以前|前)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    /** How far before a 前 a dated phrase may start ("2023 年 12 月 31 日前" with spaces). */
    private static final int WINDOW = 24;
    private static final String DEADLINE_CHARS = "年月底末内长持常经每全定-/0123456789";
    private static final Pattern ONGOING = Pattern.compile("长期|持续|常态|经常|每年|全年|每季度|每月|定期");

    private final Integer planYear;
    private final Diagnostics diagnostics;

    DeadlineParser(Integer planYear, Diagnostics diagnostics) {
        this.planYear = planYear;
        this.diagnostics = diagnostics;
    }

    /** A deadline field or column value; unknown wording is kept as text with a warning. */
    Deadline parseField(String value, int line) {
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return new Deadline(date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)), line, text), text);
        }
        LocalDate latest = latest(text, false, line);
        if (latest == null && !ONGOING.matcher(text).find() && !hasPhrase(text, false)) {
            diagnostics.warn(line, "unknownDeadline", text);
        }
        return new Deadline(latest, text);
    }

    /** A deadline stated in running task text ("…2023年9月底前完成"), or null if the text gives none. */
    Deadline findInText(String text, int line) {
        Matcher m = PHRASE.matcher(text);
        LocalDate latest = null;
        String words = null;
        for (int at = text.indexOf('前'); at >= 0; at = text.indexOf('前', at + 1)) {
            m.region(Math.max(0, at - WINDOW), at + 1);
            while (m.find()) {
                if (m.end() == at + 1 && accepted(m, true)) {
                    LocalDate date = resolve(m, line);
                    if (words == null || (date != null && (latest == null || date.isAfter(latest)))) {
                        latest = date;
                        words = m.group().strip();
                    }
                    break;
                }
            }
        }
        return words == null ? null : new Deadline(latest, words);
    }

    /** True if {@code text} contains a deadline phrase (any form, as in a deadline field). */
    boolean looksLikeDeadline(String text) {
        if (!mayHoldDeadline(text)) {
            return false;
        }
        return hasPhrase(text, false) || ONGOING.matcher(text).find() || ISO.matcher(text).find();
    }

    /** A cheap test: every deadline form has one of these characters. */
    private static boolean mayHoldDeadline(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (DEADLINE_CHARS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean hasPhrase(String text, boolean inText) {
        Matcher m = PHRASE.matcher(text);
        while (m.find()) {
            if (accepted(m, inText)) {
                return true;
            }
        }
        return false;
    }

    private LocalDate latest(String text, boolean inText, int line) {
        Matcher m = PHRASE.matcher(text);
        LocalDate latest = null;
        while (m.find()) {
            if (accepted(m, inText)) {
                LocalDate date = resolve(m, line);
                if (date != null && (latest == null || date.isAfter(latest))) {
                    latest = date;
                }
            }
        }
        return latest;
    }

    private static boolean accepted(Matcher m, boolean inText) {
        String yend = m.group("yend");
        boolean bareEnd = yend != null && yend.length() == 1;
        if (bareEnd && m.group("y") == null) {
            return false;
        }
        if (m.group("m") == null && yend == null) {
            return false;
        }
        if (!inText) {
            return true;
        }
        boolean precise = m.group("d") != null || m.group("mend") != null || yend != null;
        return precise && m.group("before") != null;
    }

    private LocalDate resolve(Matcher m, int line) {
        Integer year = m.group("y") != null ? Integer.valueOf(ChineseNumerals.year(m.group("y"))) : planYear;
        if (year == null || year < 0) {
            diagnostics.warn(line, "noPlanYear", m.group().strip());
            return null;
        }
        String yend = m.group("yend");
        if (yend != null) {
            return yend.startsWith("上") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        }
        int month = ChineseNumerals.value(m.group("m"));
        if (m.group("d") != null) {
            return date(year, month, ChineseNumerals.value(m.group("d")), line, m.group());
        }
        if (month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(year, month).atEndOfMonth();
    }

    private LocalDate date(int year, int month, int day, int line, String text) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            diagnostics.warn(line, "invalidDate", text.strip());
            return null;
        }
    }
}
