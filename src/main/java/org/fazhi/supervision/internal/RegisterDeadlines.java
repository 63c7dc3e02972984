package org.fazhi.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.TrackedDeadline;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.progress.ProgressProperties;
import org.springframework.stereotype.Component;

/**
 * The case registers' statutory deadlines (行政复议, 依申请公开, 行政应诉 — every deadline source except the
 * assignments' and supervision's own) a user is responsible for that are overdue or due within the yellow-light
 * window ({@code FAZHI_WARN_DAYS} working days) on a day — one selection for the digest e-mail and the inbox
 * reminders.
 */
@Component
public class RegisterDeadlines {

    /** A deadline that needs attention on a day: due on {@code dueOn}, {@code overdue} when before that day. */
    public record Due(TrackedDeadline deadline, LocalDate dueOn, boolean overdue) {
    }

    private final CalendarManagement calendar;
    private final ProgressProperties progressProperties;

    RegisterDeadlines(CalendarManagement calendar, ProgressProperties progressProperties) {
        this.calendar = calendar;
        this.progressProperties = progressProperties;
    }

    /** Overdue or due soon on {@code day}, soonest first. */
    public List<Due> of(String username, LocalDate day) {
        WorkingCalendar cal = calendar.calendar();
        int warn = warnDays();
        List<Due> due = new ArrayList<>();
        for (TrackedDeadline d : calendar.openDeadlinesFor(username)) {
            if (d.id().startsWith("progress:") || d.id().startsWith("supervision:")) {
                continue;
            }
            LocalDate on = calendar.deadline(d.request());
            if (on.isBefore(day)) {
                due.add(new Due(d, on, true));
            } else if (cal.workingDaysBetween(day, on) <= warn) {
                due.add(new Due(d, on, false));
            }
        }
        due.sort(Comparator.comparing(Due::dueOn));
        return due;
    }

    public int warnDays() {
        return progressProperties.warnWorkingDays();
    }
}
