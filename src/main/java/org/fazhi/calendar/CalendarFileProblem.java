package org.fazhi.calendar;

import java.util.List;

/**
 * One fault found in an uploaded holiday file.
 *
 * @param line       the 1-based line of the file at fault (0 when the whole file is at fault)
 * @param date       the date at fault as written in the file, or {@code null}
 * @param messageKey the message-bundle key ({@code error.calendar.file.*} / {@code error.calendar.day.*})
 * @param args       message arguments, as strings
 */
public record CalendarFileProblem(int line, String date, String messageKey, List<String> args) {

    public CalendarFileProblem {
        args = List.copyOf(args);
    }
}
