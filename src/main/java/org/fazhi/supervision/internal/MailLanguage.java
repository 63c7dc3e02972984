package org.fazhi.supervision.internal;

import java.util.Locale;

/** The language of a user's e-mails: Chinese (the default) or English. */
public enum MailLanguage {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE), EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    MailLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** As stored and shown: {@code zh-CN} or {@code en}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a stored tag; unknown or missing → Chinese. */
    public static MailLanguage ofTag(String tag) {
        return "en".equals(tag) ? EN : ZH_CN;
    }
}
