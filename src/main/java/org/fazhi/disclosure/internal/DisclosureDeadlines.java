package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.DeadlineExplanation;
import org.fazhi.disclosure.DisclosureProperties;
import org.springframework.stereotype.Component;

/**
 * A request's deadlines from the calendar module, explained, and its traffic light: red once the reply
 * deadline has passed, yellow within {@code fazhi.disclosure.warn-days} working days of it, green otherwise;
 * none while the clock is stopped (补正, third party) or the request is closed.
 */
@Component
public class DisclosureDeadlines {

    /** 红黄绿灯. */
    public enum Light {
        RED, YELLOW, GREEN, NONE
    }

    /**
     * A request's deadlines.
     *
     * @param correctionNotice the 补正 notice deadline while one may be sent, or {@code null}
     * @param reply            the reply deadline as it stands, or {@code null} while the clock is stopped
     * @param light            the traffic light
     * @param onTime           for a replied request: whether the reply came by the deadline; else {@code null}
     */
    public record View(DeadlineExplanation correctionNotice, DeadlineExplanation reply, Light light, Boolean onTime) {

        public LocalDate replyDue() {
            return reply == null ? null : reply.deadline();
        }
    }

    private final CalendarManagement calendar;
    private final DisclosureProperties properties;

    DisclosureDeadlines(CalendarManagement calendar, DisclosureProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    public View of(DisclosureRequest r, LocalDate today) {
        DeadlineExplanation notice = ReplyClock.correctionNotice(r, calendar.rules()).map(calendar::explain).orElse(null);
        DeadlineExplanation reply = ReplyClock.reply(r, calendar.rules()).map(calendar::explain).orElse(null);
        return new View(notice, reply, light(r, reply, today), onTime(r, reply));
    }

    /** The reply deadline only (fast path, for lists and indicators). */
    public Optional<LocalDate> replyDue(DisclosureRequest r) {
        return ReplyClock.reply(r, calendar.rules()).map(calendar::deadline);
    }

    /** Whether a replied request was answered by its deadline; {@code null} when not replied. */
    public Boolean onTime(DisclosureRequest r) {
        return onTime(r, ReplyClock.reply(r, calendar.rules()).map(calendar::explain).orElse(null));
    }

    public Light light(DisclosureRequest r, LocalDate today) {
        return light(r, ReplyClock.reply(r, calendar.rules()).map(calendar::explain).orElse(null), today);
    }

    private Light light(DisclosureRequest r, DeadlineExplanation reply, LocalDate today) {
        if (r.getStatus() != Status.OPEN || reply == null) {
            return Light.NONE;
        }
        LocalDate due = reply.deadline();
        if (today.isAfter(due)) {
            return Light.RED;
        }
        int left = calendar.calendar().workingDaysBetween(today, due);
        return left <= properties.warnDays() ? Light.YELLOW : Light.GREEN;
    }

    private static Boolean onTime(DisclosureRequest r, DeadlineExplanation reply) {
        if (r.getStatus() != Status.CLOSED || r.getOutcome() == Outcome.OTHER_NO_CORRECTION || reply == null) {
            return null;
        }
        return !r.getClosedOn().isAfter(reply.deadline());
    }
}
