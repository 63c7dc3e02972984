package org.fazhi.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.DayKind;
import org.fazhi.calendar.HolidayEntry;
import org.fazhi.calendar.HolidayYear;
import org.fazhi.calendar.TrackedDeadline;
import org.fazhi.calendar.internal.IcsWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The ICS feed of one user: official holiday breaks and make-up working days of last, this and next year,
 * and the user's open deadlines registered by other modules through {@link org.fazhi.calendar.DeadlineSource}.
 */
@Component
class IcsFeed {

    private final CalendarManagement calendar;
    private final MessageSource messages;
    private final HolidayNames holidayNames;

    IcsFeed(CalendarManagement calendar, MessageSource messages, HolidayNames holidayNames) {
        this.calendar = calendar;
        this.messages = messages;
        this.holidayNames = holidayNames;
    }

    String forUser(String username, Locale locale) {
        IcsWriter ics = new IcsWriter(text("calendar.ics.name", locale), Instant.now());
        int thisYear = LocalDate.now().getYear();
        for (int year = thisYear - 1; year <= thisYear + 1; year++) {
            calendar.calendar().year(year).ifPresent(data -> addYear(ics, data, locale));
        }
        for (TrackedDeadline deadline : calendar.openDeadlinesFor(username)) {
            LocalDate due = calendar.deadline(deadline.request());
            String rule = deadline.request().rule() == null ? "" : deadline.request().rule().name().in(locale);
            ics.allDayEvent("deadline-" + deadline.id() + "@fazhi", due, due,
                    text("calendar.ics.deadline", locale, deadline.title()), rule);
        }
        return ics.finish();
    }

    /** One event per run of consecutive days off with the same name, one per make-up working day. */
    private void addYear(IcsWriter ics, HolidayYear year, Locale locale) {
        List<HolidayEntry> days = year.days();
        for (int i = 0; i < days.size(); i++) {
            HolidayEntry first = days.get(i);
            String name = holidayNames.display(first.name(), locale);
            if (!first.offDay()) {
                ics.allDayEvent("makeup-" + first.date() + "@fazhi", first.date(), first.date(),
                        text("calendar.reason.makeUp", locale, name), null);
                continue;
            }
            HolidayEntry last = first;
            while (i + 1 < days.size() && days.get(i + 1).offDay() && days.get(i + 1).name().equals(first.name())
                    && days.get(i + 1).date().equals(last.date().plusDays(1))) {
                last = days.get(++i);
            }
            ics.allDayEvent("holiday-" + first.date() + "@fazhi", first.date(), last.date(),
                    text("calendar.reason.holiday", locale, name), text("calendar.dayKind." + DayKind.HOLIDAY, locale));
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
