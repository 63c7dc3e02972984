package org.fazhi.plan.ingest;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Formats parser messages from {@code i18n/plan/messages*.properties} without Spring, so the CLI and the
 * JSON carry readable text. The base bundle is zh-CN; {@link Locale#ENGLISH} selects the English one.
 */
public final class NoticeMessages {

    private static final String BUNDLE = "i18n.plan.messages";

    private NoticeMessages() {
    }

    /** The message for {@code key} in zh-CN, arguments filled in ({@link MessageFormat} syntax). */
    public static String format(String key, List<String> args) {
        return format(key, args, Locale.ROOT);
    }

    /** The message for {@code key} in the given locale (base zh-CN unless it is English). */
    public static String format(String key, List<String> args, Locale locale) {
        try {
            Locale bundleLocale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), bundleLocale).format(args.toArray());
        } catch (MissingResourceException e) {
            return key + " " + args;
        }
    }
}
