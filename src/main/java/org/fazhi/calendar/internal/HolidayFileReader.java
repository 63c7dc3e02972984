package org.fazhi.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.calendar.CalendarException;
import org.fazhi.calendar.CalendarFileException;
import org.fazhi.calendar.CalendarFileProblem;
import org.fazhi.calendar.HolidayEntry;
import org.fazhi.calendar.HolidayYear;
import org.fazhi.calendar.WorkingCalendar;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates one year of holiday data in the holiday-cn JSON format
 * ({@code {"year":2024,"papers":[..],"days":[{"name":"春节","date":"2024-02-10","isOffDay":true},..]}}).
 *
 * <p>All-or-nothing: any fault refuses the whole file with a {@link CalendarFileException} listing each
 * fault's line and date — bad JSON, a missing or unsupported year, a day missing a field, an unreadable
 * date, a date outside the year (late December of the previous year is allowed: the 元旦 break may start
 * there), a date listed twice (contradictory when once as a holiday and once as a make-up day), or a
 * make-up working day on a Monday–Friday.
 */
public final class HolidayFileReader {

    /** Earliest day of the previous year a file may carry (for an 元旦 break starting in December). */
    static final int EARLIEST_CARRIED_DECEMBER_DAY = 20;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private record RawDay(int line, String name, String date, Boolean offDay) {
    }

    private final List<CalendarFileProblem> problems = new ArrayList<>();

    private HolidayFileReader() {
    }

    /**
     * Reads {@code json}; throws {@link CalendarFileException} listing every fault. A leading byte-order
     * mark (Windows Notepad saves UTF-8 with one) is ignored.
     */
    public static HolidayYear read(String json) {
        String text = json != null && json.startsWith("\uFEFF") ? json.substring(1) : json;
        return new HolidayFileReader().parse(text);
    }

    /** Reads a UTF-8 stream; see {@link #read(String)}. */
    public static HolidayYear read(InputStream in) {
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HolidayYear parse(String json) {
        Integer year = null;
        int yearLine = 1;
        List<String> papers = new ArrayList<>();
        List<RawDay> days = null;
        try (JsonParser p = MAPPER.createParser(json == null ? "" : json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw refuse(lineOf(p), null, "error.calendar.file.notObject");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "year" -> {
                        yearLine = lineOf(p);
                        if (value == JsonToken.VALUE_NUMBER_INT) {
                            year = p.getIntValue();
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "papers" -> readPapers(p, value, papers);
                    case "days" -> days = readDays(p, value);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                problem(lineOf(p), null, "error.calendar.file.trailingContent");
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problem(line, null, "error.calendar.file.malformed", String.valueOf(line),
                    String.valueOf(e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
            throw new CalendarFileException(problems);
        }
        if (year == null) {
            problem(yearLine, null, "error.calendar.file.yearMissing");
        } else if (year < WorkingCalendar.FIRST_SUPPORTED_YEAR + 1 || year > WorkingCalendar.LAST_SUPPORTED_YEAR) {
            problem(yearLine, null, "error.calendar.file.yearUnsupported", String.valueOf(year),
                    String.valueOf(WorkingCalendar.FIRST_SUPPORTED_YEAR + 1),
                    String.valueOf(WorkingCalendar.LAST_SUPPORTED_YEAR));
            year = null;
        }
        if (days == null) {
            problem(1, null, "error.calendar.file.daysMissing");
        } else if (days.isEmpty()) {
            problem(1, null, "error.calendar.file.noDays");
        }
        List<HolidayEntry> entries = year == null || days == null ? List.of() : validateDays(year, days);
        if (!problems.isEmpty()) {
            throw new CalendarFileException(problems);
        }
        return new HolidayYear(year, papers, entries);
    }

    private void readPapers(JsonParser p, JsonToken value, List<String> papers) {
        if (value != JsonToken.START_ARRAY) {
            problem(lineOf(p), null, "error.calendar.file.papersNotList");
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                papers.add(p.getString());
            } else {
                problem(lineOf(p), null, "error.calendar.file.papersNotList");
                p.skipChildren();
            }
        }
    }

    private List<RawDay> readDays(JsonParser p, JsonToken value) {
        List<RawDay> days = new ArrayList<>();
        if (value != JsonToken.START_ARRAY) {
            problem(lineOf(p), null, "error.calendar.file.daysNotList");
            p.skipChildren();
            return days;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int line = lineOf(p);
            if (p.currentToken() != JsonToken.START_OBJECT) {
                problem(line, null, "error.calendar.day.notObject", String.valueOf(line));
                p.skipChildren();
                continue;
            }
            String name = null;
            String date = null;
            Boolean offDay = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "name" -> name = t == JsonToken.VALUE_STRING ? p.getString() : null;
                    case "date" -> date = t == JsonToken.VALUE_STRING ? p.getString() : null;
                    case "isOffDay" -> offDay = t == JsonToken.VALUE_TRUE ? Boolean.TRUE
                            : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
                    default -> { }
                }
                if (t.isStructStart()) {
                    p.skipChildren();
                }
            }
            days.add(new RawDay(line, name, date, offDay));
        }
        return days;
    }

    private List<HolidayEntry> validateDays(int year, List<RawDay> days) {
        List<HolidayEntry> entries = new ArrayList<>();
        Map<LocalDate, RawDay> seen = new HashMap<>();
        LocalDate earliest = LocalDate.of(year - 1, 12, EARLIEST_CARRIED_DECEMBER_DAY);
        LocalDate latest = LocalDate.of(year, 12, 31);
        for (RawDay day : days) {
            String line = String.valueOf(day.line());
            if (day.date() == null) {
                problem(day.line(), null, "error.calendar.day.dateMissing", line);
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(day.date());
            } catch (DateTimeParseException e) {
                problem(day.line(), day.date(), "error.calendar.day.dateInvalid", line, day.date());
                continue;
            }
            boolean ok = true;
            if (day.name() == null || day.name().isBlank()) {
                problem(day.line(), day.date(), "error.calendar.day.nameMissing", line, day.date());
                ok = false;
            }
            if (day.offDay() == null) {
                problem(day.line(), day.date(), "error.calendar.day.offDayMissing", line, day.date());
                ok = false;
            }
            if (date.isBefore(earliest) || date.isAfter(latest)) {
                problem(day.line(), day.date(), "error.calendar.day.outsideYear", line, day.date(),
                        String.valueOf(year));
                ok = false;
            }
            RawDay first = seen.putIfAbsent(date, day);
            if (first != null) {
                boolean contradictory = first.offDay() != null && !first.offDay().equals(day.offDay());
                problem(day.line(), day.date(),
                        contradictory ? "error.calendar.day.contradictory" : "error.calendar.day.duplicate",
                        line, day.date(), String.valueOf(first.line()));
                ok = false;
            }
            if (Boolean.FALSE.equals(day.offDay()) && !isWeekend(date)) {
                problem(day.line(), day.date(), "error.calendar.day.makeUpOnWeekday", line, day.date());
                ok = false;
            }
            if (ok) {
                entries.add(new HolidayEntry(date, day.name().strip(), day.offDay()));
            }
        }
        return entries;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static int lineOf(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private void problem(int line, String date, String key, String... args) {
        problems.add(new CalendarFileProblem(line, date, key, List.of(args)));
    }

    private CalendarException refuse(int line, String date, String key) {
        problem(line, date, key, String.valueOf(line));
        return new CalendarFileException(problems);
    }
}
