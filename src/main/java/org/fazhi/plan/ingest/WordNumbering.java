package org.fazhi.plan.ingest;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Renders Word's automatic list numbering as text, so a task numbered by Word as "（一）" or "1．"
 * reads like a typed label. Counters are kept per list and level; a level restarts when a shallower
 * level of the same list moves on. Bullets give no label.
 */
final class WordNumbering {

    private static final int LEVELS = 9;

    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The label Word shows before {@code paragraph}, or "" if it is not numbered. */
    String label(XWPFParagraph paragraph) {
        BigInteger list = paragraph.getNumID();
        String pattern = paragraph.getNumLevelText();
        if (list == null || pattern == null || "bullet".equals(paragraph.getNumFmt())) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(LEVELS - 1, paragraph.getNumIlvl().intValue());
        int[] count = counters.computeIfAbsent(list, l -> new int[LEVELS]);
        if (count[level] == 0 && paragraph.getNumStartOverride() != null) {
            count[level] = paragraph.getNumStartOverride().intValue() - 1;
        }
        count[level]++;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        String label = pattern;
        for (int i = 0; i <= level; i++) {
            label = label.replace("%" + (i + 1), format(Math.max(count[i], 1), i == level ? paragraph.getNumFmt() : "decimal"));
        }
        return label;
    }

    private static String format(int value, String numberFormat) {
        if (numberFormat != null && (numberFormat.startsWith("chinese") || numberFormat.startsWith("ideograph")
                || numberFormat.startsWith("japaneseCounting") || numberFormat.startsWith("taiwaneseCounting"))) {
            return chinese(value);
        }
        return String.valueOf(value);
    }

    /** 1 → 一, 10 → 十, 21 → 二十一 (up to 99). */
    static String chinese(int value) {
        String digits = "〇一二三四五六七八九";
        if (value <= 0 || value >= 100) {
            return String.valueOf(value);
        }
        if (value < 10) {
            return String.valueOf(digits.charAt(value));
        }
        String tens = value / 10 == 1 ? "十" : digits.charAt(value / 10) + "十";
        return value % 10 == 0 ? tens : tens + digits.charAt(value % 10);
    }
}
