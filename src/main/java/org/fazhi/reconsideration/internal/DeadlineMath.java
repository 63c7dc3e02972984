package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.StatuteRule;

/** The calendar as the case rules need it: the rules in force and deadline arithmetic. */
public interface DeadlineMath {

    StatuteRule rule(String id);

    LocalDate deadline(DeadlineRequest request);
}
