package org.fazhi.calendar.web;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Shows a holiday name from the notice data (春节, 国庆节、中秋节, …) in the reader's language: each part
 * joined by 、 is looked up as {@code calendar.holiday.<name>}; a name the bundle does not know (e.g. from
 * an administrator's upload) is shown as written. Used by templates as {@code @holidayNames}.
 */
@Component("holidayNames")
public class HolidayNames {

    private static final Pattern SEPARATOR = Pattern.compile("、");

    private final MessageSource messages;

    HolidayNames(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code name} in {@code locale}; {@code null} stays {@code null}. */
    public String display(String name, Locale locale) {
        if (name == null) {
            return null;
        }
        String separator = messages.getMessage("calendar.holiday.separator", null, "、", locale);
        return SEPARATOR.splitAsStream(name)
                .map(part -> messages.getMessage("calendar.holiday." + part.strip(), null, part, locale))
                .collect(Collectors.joining(separator));
    }
}
