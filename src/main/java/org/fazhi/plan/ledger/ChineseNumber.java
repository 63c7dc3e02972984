package org.fazhi.plan.ledger;

/** Section numbers as a government document writes them: 一、二 … 十、十一 … 九十九. */
final class ChineseNumber {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {
    }

    static String of(int n) {
        if (n <= 0 || n >= 100) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }
}
