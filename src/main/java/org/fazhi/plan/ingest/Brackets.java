package org.fazhi.plan.ingest;

/**
 * Bracket arithmetic over the mixed full- and half-width brackets of Chinese official text. Round
 * brackets ( （ and square-ish brackets 〔 [ ［ 【 each form one family, so a tag opened with 〔 and
 * closed with ] still matches, and 各县(市、区)政府 nests inside 〔…〕.
 */
final class Brackets {

    private Brackets() {
    }

    static boolean isOpen(char c) {
        return switch (c) {
            case '(', '（', '〔', '[', '［', '【', '《' -> true;
            default -> false;
        };
    }

    static boolean isClose(char c) {
        return switch (c) {
            case ')', '）', '〕', ']', '］', '】', '》' -> true;
            default -> false;
        };
    }

    /** 1 = round, 2 = square, 3 = book title, 0 = not a bracket. */
    static int family(char c) {
        return switch (c) {
            case '(', '（', ')', '）' -> 1;
            case '〔', '[', '［', '【', '〕', ']', '］', '】' -> 2;
            case '《', '》' -> 3;
            default -> 0;
        };
    }

    /** Index of the bracket that opens the one closing at {@code closeIndex}, or -1 if none. */
    static int matchingOpen(CharSequence text, int closeIndex) {
        int family = family(text.charAt(closeIndex));
        int depth = 0;
        for (int i = closeIndex; i >= 0; i--) {
            char c = text.charAt(i);
            if (family(c) != family) {
                continue;
            }
            if (isClose(c)) {
                depth++;
            } else if (--depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the bracket closing the one opened at {@code openIndex}, or -1 if it is never closed. */
    static int matchingClose(CharSequence text, int openIndex) {
        int family = family(text.charAt(openIndex));
        int depth = 0;
        for (int i = openIndex; i < text.length(); i++) {
            char c = text.charAt(i);
            if (family(c) != family) {
                continue;
            }
            if (isOpen(c)) {
                depth++;
            } else if (--depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** True when every family's brackets pair up in order. */
    static boolean balanced(CharSequence text) {
        int[] depth = new int[4];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int family = family(c);
            if (family == 0) {
                continue;
            }
            if (isOpen(c)) {
                depth[family]++;
            } else if (--depth[family] < 0) {
                return false;
            }
        }
        return depth[1] == 0 && depth[2] == 0 && depth[3] == 0;
    }

    /** Full-width round brackets to half-width, as the seed writes unit names (各县(市、区)政府). */
    static String halfWidthRound(String text) {
        return text.replace('（', '(').replace('）', ')');
    }
}
