package org.fazhi.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.plan.TrafficLight;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.progress.ProgressProperties;
import org.springframework.stereotype.Component;

/**
 * 红黄绿灯 of 整改 items, as for assignments: red when overdue (not closed, not waiting for the office, past its
 * deadline), yellow when the deadline is within {@code FAZHI_WARN_DAYS} working days and nothing is submitted,
 * green otherwise; a closed item has no light.
 */
@Component
public class RectificationLights {

    private final CalendarManagement calendar;
    private final ProgressProperties progressProperties;
    private final ProgressDirectory progress;

    RectificationLights(CalendarManagement calendar, ProgressProperties progressProperties,
                        ProgressDirectory progress) {
        this.calendar = calendar;
        this.progressProperties = progressProperties;
        this.progress = progress;
    }

    public TrafficLight of(Rectification r, LocalDate today) {
        return of(r, today, calendar.calendar());
    }

    /** Lights of a list by item id, on the clock's day (closed items are left out). */
    public Map<Long, TrafficLight> of(List<Rectification> items) {
        LocalDate today = progress.today();
        WorkingCalendar cal = calendar.calendar();
        return items.stream().filter(r -> !r.closed())
                .collect(Collectors.toMap(Rectification::id, r -> of(r, today, cal)));
    }

    private TrafficLight of(Rectification r, LocalDate today, WorkingCalendar cal) {
        if (r.closed()) {
            return null;
        }
        if (r.overdueOn(today)) {
            return TrafficLight.RED;
        }
        if (r.state() != RectificationState.SUBMITTED && !r.dueOn().isBefore(today)
                && cal.workingDaysBetween(today, r.dueOn()) <= progressProperties.warnWorkingDays()) {
            return TrafficLight.YELLOW;
        }
        return TrafficLight.GREEN;
    }
}
