package org.fazhi.calendar.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.calendar.HolidayEntry;
import org.fazhi.calendar.HolidayYear;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a year back in the holiday-cn JSON format, so the administrator's form starts from the current data. */
public final class HolidayFileWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private HolidayFileWriter() {
    }

    /** {@code year} as holiday-cn JSON ({@code year}, {@code papers}, {@code days}). */
    public static String toJson(HolidayYear year) {
        List<Map<String, Object>> days = new ArrayList<>();
        for (HolidayEntry entry : year.days()) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("name", entry.name());
            day.put("date", entry.date().toString());
            day.put("isOffDay", entry.offDay());
            days.add(day);
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("year", year.year());
        file.put("papers", year.papers());
        file.put("days", days);
        return MAPPER.writeValueAsString(file);
    }
}
