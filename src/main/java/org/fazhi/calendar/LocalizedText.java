package org.fazhi.calendar;

import java.util.Locale;

/**
 * A name held as data in both product languages (Chinese first).
 *
 * @param zh the Chinese text (the official wording)
 * @param en the English text
 */
public record LocalizedText(String zh, String en) {

    /** The text for {@code locale}: English for English locales, Chinese otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }
}
