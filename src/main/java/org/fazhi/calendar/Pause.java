package org.fazhi.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pause in a running period.
 *
 * @param kind      restart (补正) or suspend (中止, consultation)
 * @param stoppedOn the first day not counted
 * @param resumedOn the day counting restarts from (itself not counted, like a start day)
 * @param reasonKey message key of the reason, e.g. {@code calendar.pause.reason.correction}
 */
public record Pause(PauseKind kind, LocalDate stoppedOn, LocalDate resumedOn, String reasonKey) {

    public Pause {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stoppedOn, "stoppedOn");
        Objects.requireNonNull(resumedOn, "resumedOn");
        if (reasonKey == null || reasonKey.isBlank()) {
            throw new CalendarException("error.calendar.pause.reasonMissing");
        }
        if (resumedOn.isBefore(stoppedOn)) {
            throw new CalendarException("error.calendar.pause.resumesBeforeStop",
                    stoppedOn.toString(), resumedOn.toString());
        }
    }

    /** 补正-style pause: the clock stops on {@code stoppedOn} and the full period restarts from {@code restartedOn}. */
    public static Pause restart(LocalDate stoppedOn, LocalDate restartedOn, String reasonKey) {
        return new Pause(PauseKind.RESTART, stoppedOn, restartedOn, reasonKey);
    }

    /** 中止-style pause: days {@code stoppedOn..resumedOn} are not counted; the remainder runs after. */
    public static Pause suspend(LocalDate stoppedOn, LocalDate resumedOn, String reasonKey) {
        return new Pause(PauseKind.SUSPEND, stoppedOn, resumedOn, reasonKey);
    }
}
