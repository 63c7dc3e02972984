package org.fazhi.calendar.web;

import java.security.Principal;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /calendar/deadlines.ics} — an iCalendar feed for Outlook/WPS: official holiday breaks and make-up
 * working days of last, this and next year, and the signed-in user's open deadlines registered by other
 * modules through {@link org.fazhi.calendar.DeadlineSource}.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class IcsFeedController {

    private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarManagement calendar;
    private final MessageSource messages;
    private final HolidayNames holidayNames;

    IcsFeedController(CalendarManagement calendar, MessageSource messages, HolidayNames holidayNames) {
        this.calendar = calendar;
        this.messages = messages;
        this.holidayNames = holidayNames;
    }

    @GetMapping("/calendar/deadlines.ics")
    ResponseEntity<String> feed(Principal principal, Locale locale) {
        IcsWriter ics = new IcsWriter(text("calendar.ics.name", locale), Instant.now());
        int thisYear = LocalDate.now().getYear();
        for (int year = thisYear - 1; year <= thisYear + 1; year++) {
            calendar.calendar().year(year).ifPresent(data -> addYear(ics, data, locale));
        }
        List<TrackedDeadline> deadlines = calendar.openDeadlinesFor(principal.getName());
        for (TrackedDeadline deadline : deadlines) {
            LocalDate due = calendar.deadline(deadline.request());
            String rule = deadline.request().rule() == null ? "" : deadline.request().rule().name().in(locale);
            ics.allDayEvent("deadline-" + deadline.id() + "@fazhi", due, due,
                    text("calendar.ics.deadline", locale, deadline.title()), rule);
        }
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(ics.finish());
    }

    /** One event per run of consecutive days off with the same name, one per make-up working day. */
    private void addYear(IcsWriter ics, HolidayYear year, Locale locale) {
        List<HolidayEntry> days = year.days();
        for (int i = 0; i < days.size(); i++) {
            HolidayEntry first = days.get(i);
            if (!first.offDay()) {
                ics.allDayEvent("makeup-" + first.date() + "@fazhi", first.date(), first.date(),
                        text("calendar.reason.makeUp", locale, holidayNames.display(first.name(), locale)), null);
                continue;
            }
            HolidayEntry last = first;
            while (i + 1 < days.size() && days.get(i + 1).offDay() && days.get(i + 1).name().equals(first.name())
                    && days.get(i + 1).date().equals(last.date().plusDays(1))) {
                last = days.get(++i);
            }
            ics.allDayEvent("holiday-" + first.date() + "@fazhi", first.date(), last.date(),
                    text("calendar.reason.holiday", locale, holidayNames.display(first.name(), locale)), text("calendar.dayKind."
                            + DayKind.HOLIDAY.name(), locale));
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
