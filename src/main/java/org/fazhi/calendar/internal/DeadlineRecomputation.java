package org.fazhi.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.MovedDeadline;
import org.fazhi.calendar.StatuteRule;
import org.fazhi.calendar.WorkingCalendar;

/**
 * When the calendar changes (an administrator adds or corrects a year), every open deadline is computed
 * on the old and the new calendar, and the ones that moved are reported.
 */
public final class DeadlineRecomputation {

    private DeadlineRecomputation() {
    }

    /**
     * The open deadlines counted under rule {@code changed} that its new period moves (same calendar).
     */
    public static List<MovedDeadline> movedByRule(WorkingCalendar calendar, StatuteRule changed,
                                                  Map<String, DeadlineRequest> open) {
        DeadlineCalculator calculator = new DeadlineCalculator(calendar);
        List<MovedDeadline> moved = new ArrayList<>();
        open.forEach((id, request) -> {
            if (request.rule() != null && request.rule().id().equals(changed.id())) {
                DeadlineRequest now = new DeadlineRequest(request.start(), changed.period(), changed,
                        request.pauses(), request.extension());
                LocalDate was = calculator.deadline(request);
                LocalDate is = calculator.deadline(now);
                if (!was.equals(is)) {
                    moved.add(new MovedDeadline(id, was, is));
                }
            }
        });
        return moved;
    }

    /** The open deadlines (by their owners' ids, in iteration order) that {@code after} moves. */
    public static List<MovedDeadline> movedBy(WorkingCalendar before, WorkingCalendar after,
                                              Map<String, DeadlineRequest> open) {
        DeadlineCalculator old = new DeadlineCalculator(before);
        DeadlineCalculator now = new DeadlineCalculator(after);
        List<MovedDeadline> moved = new ArrayList<>();
        open.forEach((id, request) -> {
            LocalDate was = old.deadline(request);
            LocalDate is = now.deadline(request);
            if (!was.equals(is)) {
                moved.add(new MovedDeadline(id, was, is));
            }
        });
        return moved;
    }
}
