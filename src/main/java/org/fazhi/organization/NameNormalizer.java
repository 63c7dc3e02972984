package org.fazhi.organization;

import java.text.Normalizer;

/**
 * The one rule for when two written unit names are the same name. Full-width letters, digits and
 * punctuation become half-width (（）→(), ，→,; 、 stays), spaces and invisible characters (zero-width
 * spaces, BOM, control characters) are dropped, Latin letters are lower-cased, and 人民政府 counts as
 * 政府 (船山区人民政府 = 船山区政府, 各县(市、区)人民政府 = 各县(市、区)政府). Nothing else is guessed: 市司法局
 * and 遂宁市司法局 stay different names, related only where the registry records both.
 */
public final class NameNormalizer {

    private NameNormalizer() {
    }

    /** The normalised key of a written name; {@code ""} for null or blank input. */
    public static String normalize(String written) {
        if (written == null) {
            return "";
        }
        String compat = Normalizer.normalize(written, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(compat.length());
        compat.codePoints().filter(cp -> !invisible(cp)).map(Character::toLowerCase).forEach(key::appendCodePoint);
        return key.toString().replace("人民政府", "政府");
    }

    /**
     * A name as it should be stored and shown: invisible characters removed and surrounding whitespace
     * trimmed, the writing otherwise kept; {@code ""} for null.
     */
    public static String tidy(String written) {
        if (written == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(written.length());
        written.codePoints().filter(cp -> !hidden(cp)).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    private static boolean invisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || hidden(cp);
    }

    private static boolean hidden(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || (type == Character.CONTROL && !Character.isWhitespace(cp));
    }
}
