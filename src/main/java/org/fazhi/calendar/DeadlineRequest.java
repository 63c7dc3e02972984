package org.fazhi.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a deadline is computed from: the start date (not itself counted), the period — usually taken
 * from a {@link StatuteRule} — any pauses, and at most one extension.
 *
 * @param start     the day the period starts from (receipt, acceptance, …); not counted
 * @param period    the period
 * @param rule      the rule the period comes from, or {@code null} for an ad-hoc period
 * @param pauses    pauses in date order, not overlapping, all after {@code start}
 * @param extension the one extension granted, or {@code null}
 */
public record DeadlineRequest(LocalDate start, Period period, StatuteRule rule, List<Pause> pauses,
                              Period extension) {

    public DeadlineRequest {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(period, "period");
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
        checkPauses(start, period, pauses);
        if (extension != null) {
            checkExtension(period, rule, extension);
        }
    }

    /** An ad-hoc period from {@code start}. */
    public static DeadlineRequest of(LocalDate start, Period period) {
        return new DeadlineRequest(start, period, null, List.of(), null);
    }

    /** The period of {@code rule} from {@code start}. */
    public static DeadlineRequest of(LocalDate start, StatuteRule rule) {
        return new DeadlineRequest(start, rule.period(), rule, List.of(), null);
    }

    /** Adds a pause after the existing ones; see {@link #checkPauses} for what is refused. */
    public DeadlineRequest withPause(Pause pause) {
        List<Pause> more = new ArrayList<>(pauses);
        more.add(pause);
        return new DeadlineRequest(start, period, rule, more, extension);
    }

    /**
     * Grants the one extension (延长) a rule allows; refused when already extended, or see
     * {@link #checkExtension}.
     */
    public DeadlineRequest extendOnce(Period length) {
        Objects.requireNonNull(length, "length");
        if (extension != null) {
            throw new CalendarException("error.calendar.extension.alreadyExtended");
        }
        return new DeadlineRequest(start, period, rule, pauses, length);
    }

    /**
     * Pauses must start after the start date and after the previous pause resumed; a period anchored on a
     * quarter's end cannot pause.
     */
    private static void checkPauses(LocalDate start, Period period, List<Pause> pauses) {
        if (!pauses.isEmpty() && period.unit() == PeriodUnit.WORKING_DAYS_AFTER_QUARTER_END) {
            throw new CalendarException("error.calendar.pause.notApplicable");
        }
        LocalDate after = start;
        for (Pause pause : pauses) {
            if (!pause.stoppedOn().isAfter(after)) {
                throw new CalendarException("error.calendar.pause.outOfOrder",
                        pause.stoppedOn().toString(), after.toString());
            }
            after = pause.resumedOn();
        }
    }

    /**
     * An extension is refused when the rule allows none, or when it exceeds the rule's cap or is counted
     * differently (e.g. 行政复议法 Art. 62: at most 30 days; 政府信息公开条例 Art. 33: at most 20 working days).
     */
    private static void checkExtension(Period period, StatuteRule rule, Period extension) {
        if (period.unit() == PeriodUnit.WORKING_DAYS_AFTER_QUARTER_END) {
            throw new CalendarException("error.calendar.extension.notAllowed", "quarter");
        }
        if (rule != null && !rule.allowsExtension()) {
            throw new CalendarException("error.calendar.extension.notAllowed", rule.id());
        }
        if (rule != null && rule.extensionCap().unit() != extension.unit()) {
            throw new CalendarException("error.calendar.extension.unitMismatch", rule.id());
        }
        if (rule != null && !rule.extensionCap().admits(extension)) {
            throw new CalendarException("error.calendar.extension.exceedsCap", extension.length(),
                    rule.extensionCap().length());
        }
    }
}
