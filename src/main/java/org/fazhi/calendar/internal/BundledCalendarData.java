package org.fazhi.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.calendar.HolidayYear;
import org.fazhi.calendar.WorkingCalendar;

/**
 * The State Council holiday data bundled with the product ({@code classpath:calendar/holiday-cn/<year>.json},
 * from NateScarlet/holiday-cn, MIT — licence and source commit kept beside the files). Every bundled file
 * passes the same validation as an administrator's upload.
 */
public final class BundledCalendarData {

    /** Classpath folder of the bundled files. */
    public static final String FOLDER = "calendar/holiday-cn/";

    private BundledCalendarData() {
    }

    /** Every bundled year, ascending. */
    public static List<HolidayYear> years() {
        ClassLoader loader = BundledCalendarData.class.getClassLoader();
        List<HolidayYear> years = new ArrayList<>();
        for (int year = WorkingCalendar.FIRST_SUPPORTED_YEAR; year <= WorkingCalendar.LAST_SUPPORTED_YEAR; year++) {
            try (InputStream in = loader.getResourceAsStream(FOLDER + year + ".json")) {
                if (in != null) {
                    years.add(HolidayFileReader.read(in));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return years;
    }

    /** A calendar of the bundled years. */
    public static WorkingCalendar calendar() {
        return WorkingCalendar.of(years());
    }
}
