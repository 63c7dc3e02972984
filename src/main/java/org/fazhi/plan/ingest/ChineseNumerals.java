package org.fazhi.plan.ingest;

/** Chinese numerals of labels and dates: 二十四 → 24, 二〇二四 (digit by digit) → 2024. */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** Value of a counting numeral (一 … 九十九, 百), or of a run of Arabic digits; -1 if not a number. */
    static int value(String numeral) {
        if (numeral.isEmpty()) {
            return -1;
        }
        if (numeral.chars().allMatch(Character::isDigit)) {
            return numeral.length() > 6 ? -1 : Integer.parseInt(numeral);
        }
        int total = 0;
        int current = 0;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                current = digit;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }

    /** A year written digit by digit (二〇二四, 二○二四) or in Arabic digits; -1 if not. */
    static int year(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return text.length() == 4 ? Integer.parseInt(text) : -1;
        }
        int year = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = digit(text.charAt(i));
            if (digit < 0) {
                return -1;
            }
            year = year * 10 + digit;
        }
        return text.length() == 4 ? year : -1;
    }

    private static int digit(char c) {
        if (c == '零' || c == '○' || c == 'Ｏ' || c == 'O' || c == '0') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
