package org.fazhi.calendar;

import java.util.List;

/**
 * A holiday file was refused. Nothing was changed; {@link #problems()} lists every fault with its line
 * and date so the administrator can fix the file in one go.
 */
public class CalendarFileException extends CalendarException {

    private final List<CalendarFileProblem> problems;

    public CalendarFileException(List<CalendarFileProblem> problems) {
        super("error.calendar.file.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    /** The faults found, in file order. */
    public List<CalendarFileProblem> problems() {
        return problems;
    }
}
