package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.DeadlineExplanation;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.litigation.LitigationProperties;
import org.springframework.stereotype.Component;

/**
 * The defence deadline — 15 days from receipt of the complaint copy (行政诉讼法 第六十七条, rule
 * {@code litigation.defence}; calendar days, a last day on a rest day moves to the next working day) — explained,
 * and the case's light: red when passed without a defence, yellow within {@code fazhi.litigation.warn-days} days.
 */
@Component
public class LitigationDeadlines {

    static final String DEFENCE_RULE = "litigation.defence";

    /** 红黄绿灯. */
    public enum Light {
        RED, YELLOW, GREEN, NONE
    }

    private final CalendarManagement calendar;
    private final LitigationProperties properties;

    LitigationDeadlines(CalendarManagement calendar, LitigationProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    public static DeadlineRequest defence(LitigationCase c, CalendarManagement calendar) {
        return DeadlineRequest.of(c.getComplaintReceivedOn(), calendar.rules().get(DEFENCE_RULE));
    }

    public DeadlineExplanation explainDefence(LitigationCase c) {
        return calendar.explain(defence(c, calendar));
    }

    public LocalDate defenceDue(LitigationCase c) {
        return calendar.deadline(defence(c, calendar));
    }

    /** Whether the defence went in by the deadline; empty while none was submitted. */
    public Optional<Boolean> defenceOnTime(LitigationCase c) {
        return Optional.ofNullable(c.getDefenceSubmittedOn()).map(d -> !d.isAfter(defenceDue(c)));
    }

    public Light light(LitigationCase c, LocalDate today) {
        if (c.getStatus() != LitigationStatus.OPEN || c.getDefenceSubmittedOn() != null) {
            return Light.NONE;
        }
        LocalDate due = defenceDue(c);
        if (today.isAfter(due)) {
            return Light.RED;
        }
        return ChronoUnit.DAYS.between(today, due) <= properties.warnDays() ? Light.YELLOW : Light.GREEN;
    }
}
