package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import org.fazhi.calendar.DeadlineRequest;

/**
 * One deadline of a case.
 *
 * @param kind     which deadline
 * @param request  how the calendar computes it (explainable), or {@code null} while it cannot run (中止)
 * @param due      the last day, or {@code null} while suspended
 * @param metOn    the day the step was done, or {@code null}
 * @param open     whether it is still running (what reminders and traffic lights look at)
 */
public record CaseDeadline(DeadlineKind kind, DeadlineRequest request, LocalDate due, LocalDate metOn, boolean open) {

    /** Done after the last day. */
    public boolean missed() {
        return metOn != null && due != null && metOn.isAfter(due);
    }

    /** Still open and past its last day on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return open && due != null && today.isAfter(due);
    }
}
