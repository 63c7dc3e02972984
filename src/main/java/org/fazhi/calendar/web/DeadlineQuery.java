package org.fazhi.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.fazhi.calendar.CalendarException;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.StatuteRule;
import org.fazhi.calendar.StatuteRules;

/**
 * The query parameters of the deadline API and the explanation page: a start date and either a rule id or
 * a length and unit, optionally a granted extension (in the rule's extension unit).
 */
record DeadlineQuery(String start, String rule, Integer length, String unit, Integer extension) {

    boolean isEmpty() {
        return (start == null || start.isBlank()) && (rule == null || rule.isBlank()) && length == null;
    }

    /** The request these parameters describe; refuses unreadable or incomplete ones with a message key. */
    DeadlineRequest toRequest(StatuteRules rules) {
        LocalDate from = parseDate(start);
        DeadlineRequest request;
        if (rule != null && !rule.isBlank()) {
            request = DeadlineRequest.of(from, rules.get(rule.strip()));
        } else if (length != null && unit != null) {
            request = DeadlineRequest.of(from, new Period(length, parseUnit(unit)));
        } else {
            throw new CalendarException("error.calendar.request.ruleOrPeriod");
        }
        if (extension != null) {
            StatuteRule r = request.rule();
            PeriodUnit extensionUnit = r != null && r.allowsExtension() ? r.extensionCap().unit() : request.period().unit();
            request = request.extendOnce(new Period(extension, extensionUnit));
        }
        return request;
    }

    /** {@code text} as an ISO date; refuses a missing or unreadable one with a message key. */
    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            throw new CalendarException("error.calendar.request.startMissing");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CalendarException("error.calendar.request.badDate", text);
        }
    }

    private static PeriodUnit parseUnit(String text) {
        try {
            return PeriodUnit.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new CalendarException("error.calendar.request.badUnit", text);
        }
    }
}
