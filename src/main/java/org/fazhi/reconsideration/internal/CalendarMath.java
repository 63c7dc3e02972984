package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.StatuteRule;
import org.springframework.stereotype.Component;

/** {@link DeadlineMath} over the calendar in force (holidays, make-up days, the administrator's figures). */
@Component
class CalendarMath implements DeadlineMath {

    private final CalendarManagement calendar;

    CalendarMath(CalendarManagement calendar) {
        this.calendar = calendar;
    }

    @Override
    public StatuteRule rule(String id) {
        return calendar.rules().get(id);
    }

    @Override
    public LocalDate deadline(DeadlineRequest request) {
        return calendar.deadline(request);
    }
}
