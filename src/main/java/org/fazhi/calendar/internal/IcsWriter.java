package org.fazhi.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar (RFC 5545) feed of all-day events that Outlook, WPS and phone calendars can
 * subscribe to: CRLF line ends, lines folded at 75 octets, text escaped.
 */
public final class IcsWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();
    private final String stamp;

    /** Starts a calendar named {@code name}; {@code now} stamps every event. */
    public IcsWriter(String name, Instant now) {
        this.stamp = STAMP.format(now);
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Fazhi//calendar//ZH");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + escape(name));
    }

    /** Adds an all-day event from {@code first} to {@code last} inclusive. */
    public IcsWriter allDayEvent(String uid, LocalDate first, LocalDate last, String summary, String description) {
        line("BEGIN:VEVENT");
        line("UID:" + escape(uid));
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + DATE.format(first));
        line("DTEND;VALUE=DATE:" + DATE.format(last.plusDays(1)));
        line("SUMMARY:" + escape(summary));
        if (description != null && !description.isBlank()) {
            line("DESCRIPTION:" + escape(description));
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        return this;
    }

    /** Ends the calendar and returns its text. */
    public String finish() {
        line("END:VCALENDAR");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line, folded so no physical line exceeds 75 octets (never splitting a character). */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
