package org.fazhi.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One listed day of a State Council holiday notice: a day off ({@code offDay}) or a make-up working
 * day (调休, {@code offDay == false}), with the holiday's name as written in the notice (春节, 国庆节, …).
 */
public record HolidayEntry(LocalDate date, String name, boolean offDay) {

    public HolidayEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
