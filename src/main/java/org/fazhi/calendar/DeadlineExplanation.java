package org.fazhi.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * How a deadline was computed, step by step, so an office can check it by hand: the start, the rule and
 * article, each counting leg with the days counted, every skipped day and why (周末, 国庆节, …), the
 * make-up working days that were counted, the roll-over of a calendar-day period ending on a rest day,
 * pauses, the extension, and warnings (years assumed Monday–Friday). Serialisable as JSON.
 *
 * @param start       the start date (not counted)
 * @param period      the period
 * @param rule        the rule, or {@code null} for an ad-hoc period
 * @param deadline    the last day of the period
 * @param daysCounted days counted over all legs (in each leg's unit)
 * @param legs        the counting legs in order
 * @param pauses      what each pause did
 * @param extension   the extension granted, or {@code null}
 * @param assumedMondayToFriday true when some counted year has no holiday data
 * @param warnings    things the reader must know, as message keys
 */
public record DeadlineExplanation(LocalDate start, Period period, StatuteRule rule, LocalDate deadline,
                                  int daysCounted, List<Leg> legs, List<PauseNote> pauses,
                                  Period extension, boolean assumedMondayToFriday,
                                  List<Warning> warnings) {

    public DeadlineExplanation {
        legs = List.copyOf(legs);
        pauses = List.copyOf(pauses);
        warnings = List.copyOf(warnings);
    }

    /** Why a leg of counting happened. */
    public enum LegKind {
        /** Counting from the start date. */
        INITIAL,
        /** Counting the whole period again after a restart (补正). */
        AFTER_RESTART,
        /** Counting the rest of the period after a suspension (中止). */
        AFTER_SUSPENSION,
        /** Counting from the end of the quarter the start date falls in. */
        AFTER_QUARTER_END,
        /** Counting the extension from the original deadline. */
        EXTENSION
    }

    /**
     * One stretch of counting.
     *
     * @param kind             why this stretch was counted
     * @param countedAfter     counting starts the day after this date
     * @param countedThrough   the last day of the stretch
     * @param counted          days counted in the stretch
     * @param unit             calendar or working days
     * @param skippedDays      non-working days passed over (working-day legs)
     * @param makeUpDaysCounted make-up working days (调休) that were counted
     * @param periodEndedOn    for a calendar-day leg ending on a rest day: the day the count ended on before
     *                         moving to the next working day (民事诉讼法 Art. 85); otherwise {@code null}
     * @param rolledOverDays   the rest days passed over by that move
     */
    public record Leg(LegKind kind, LocalDate countedAfter, LocalDate countedThrough, int counted, PeriodUnit unit,
                      List<DayNote> skippedDays, List<DayNote> makeUpDaysCounted, LocalDate periodEndedOn,
                      List<DayNote> rolledOverDays) {

        public Leg {
            skippedDays = List.copyOf(skippedDays);
            makeUpDaysCounted = List.copyOf(makeUpDaysCounted);
            rolledOverDays = List.copyOf(rolledOverDays);
        }
    }

    /**
     * A day named in the explanation.
     *
     * @param date        the date
     * @param kind        its kind
     * @param holidayName the holiday name from the notice (春节, 国庆节, …), or {@code null}
     * @param reasonKey   message key of the reason ({@code calendar.reason.weekend}, {@code .holiday}, …)
     */
    public record DayNote(LocalDate date, DayKind kind, String holidayName, String reasonKey) {
    }

    /**
     * What one pause did.
     *
     * @param pause         the pause
     * @param applied       false when the period had already run out before the pause
     * @param countedBefore days counted before the clock stopped
     */
    public record PauseNote(Pause pause, boolean applied, int countedBefore) {
    }

    /**
     * A warning, as a message key with arguments.
     *
     * @param key  e.g. {@code calendar.warning.unknownYear}
     * @param args arguments as strings
     */
    public record Warning(String key, List<String> args) {
        public Warning {
            args = List.copyOf(args);
        }
    }
}
