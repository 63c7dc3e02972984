package org.fazhi.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.calendar.DayKind;
import org.fazhi.calendar.DeadlineExplanation;
import org.fazhi.calendar.DeadlineExplanation.DayNote;
import org.fazhi.calendar.DeadlineExplanation.Leg;
import org.fazhi.calendar.DeadlineExplanation.LegKind;
import org.fazhi.calendar.DeadlineExplanation.PauseNote;
import org.fazhi.calendar.DeadlineExplanation.Warning;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Pause;
import org.fazhi.calendar.PauseKind;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.WorkingCalendar;

/**
 * Statutory period arithmetic on a {@link WorkingCalendar}. Pure; no Spring.
 *
 * <ul>
 *   <li>The start day is not counted (民事诉讼法 Art. 85, through 行政复议法 Art. 88).</li>
 *   <li>Working-day periods count only working days (行政复议法 Art. 88 para. 2, 行政处罚法 Art. 85,
 *       政府信息公开条例 "工作日"); make-up working days (调休) count.</li>
 *   <li>A calendar-day period whose last day is a holiday or rest day ends on the first working day
 *       after it (民事诉讼法 Art. 85).</li>
 *   <li>Restart pauses (补正) count the whole period again; suspensions (中止) count the rest.</li>
 *   <li>One extension, counted from the original deadline.</li>
 * </ul>
 */
public final class DeadlineCalculator {

    private final WorkingCalendar calendar;

    public DeadlineCalculator(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The calendar this calculator counts on. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The deadline of {@code period} from {@code start}, with no pauses or extension — the fast path. */
    public LocalDate deadline(LocalDate start, Period period) {
        return switch (period.unit()) {
            case CALENDAR_DAYS -> calendar.onOrNextWorkingDay(start.plusDays(period.length()));
            case WORKING_DAYS -> calendar.addWorkingDays(start, period.length());
            case WORKING_DAYS_AFTER_QUARTER_END -> calendar.addWorkingDays(quarterEnd(start), period.length());
        };
    }

    /** The deadline of {@code request}, pauses and extension included. */
    public LocalDate deadline(DeadlineRequest request) {
        if (request.pauses().isEmpty() && request.extension() == null) {
            return deadline(request.start(), request.period());
        }
        List<Stretch> stretches = plan(request, new ArrayList<>());
        return stretches.get(stretches.size() - 1).through();
    }

    /** The deadline of {@code request} with every step that led to it. */
    public DeadlineExplanation explain(DeadlineRequest request) {
        List<PauseNote> pauseNotes = new ArrayList<>();
        List<Stretch> stretches = plan(request, pauseNotes);
        List<Leg> legs = new ArrayList<>(stretches.size());
        int counted = 0;
        for (Stretch stretch : stretches) {
            legs.add(describe(stretch));
            counted += stretch.counted();
        }
        LocalDate deadline = stretches.get(stretches.size() - 1).through();
        List<Warning> warnings = new ArrayList<>();
        LocalDate from = request.period().unit() == PeriodUnit.WORKING_DAYS_AFTER_QUARTER_END
                ? quarterStart(request.start()) : request.start();
        for (int year : calendar.unknownYearsBetween(from, deadline)) {
            warnings.add(new Warning("calendar.warning.unknownYear", List.of(String.valueOf(year))));
        }
        for (PauseNote note : pauseNotes) {
            if (!note.applied()) {
                warnings.add(new Warning("calendar.warning.pauseAfterDeadline",
                        List.of(note.pause().stoppedOn().toString())));
            }
        }
        boolean assumed = warnings.stream().anyMatch(w -> w.key().equals("calendar.warning.unknownYear"));
        return new DeadlineExplanation(request.start(), request.period(), request.rule(), deadline, counted,
                legs, pauseNotes, request.extension(), assumed, warnings);
    }

    /** The last day of the quarter {@code date} falls in. */
    public static LocalDate quarterEnd(LocalDate date) {
        return quarterStart(date).plusMonths(3).minusDays(1);
    }

    private static LocalDate quarterStart(LocalDate date) {
        return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    /** One stretch of counting: days in {@code (after, through]}, {@code unrolledEnd} set when rolled forward. */
    private record Stretch(LegKind kind, LocalDate after, LocalDate through, int counted, PeriodUnit unit,
                           LocalDate unrolledEnd) {
    }

    private List<Stretch> plan(DeadlineRequest request, List<PauseNote> pauseNotes) {
        Period period = request.period();
        List<Stretch> stretches = new ArrayList<>();
        if (period.unit() == PeriodUnit.WORKING_DAYS_AFTER_QUARTER_END) {
            LocalDate anchor = quarterEnd(request.start());
            stretches.add(new Stretch(LegKind.AFTER_QUARTER_END, anchor,
                    calendar.addWorkingDays(anchor, period.length()), period.length(), PeriodUnit.WORKING_DAYS, null));
            return stretches;
        }
        PeriodUnit unit = period.unit();
        LocalDate from = request.start();
        int remaining = period.length();
        LegKind kind = LegKind.INITIAL;
        for (Pause pause : request.pauses()) {
            if (pause.stoppedOn().isAfter(unrolledEnd(from, remaining, unit))) {
                pauseNotes.add(new PauseNote(pause, false, 0));
                continue;
            }
            LocalDate lastCounted = pause.stoppedOn().minusDays(1);
            int elapsed = count(from, lastCounted, unit);
            stretches.add(new Stretch(kind, from, lastCounted, elapsed, unit, null));
            pauseNotes.add(new PauseNote(pause, true, elapsed));
            if (pause.kind() == PauseKind.RESTART) {
                remaining = period.length();
                kind = LegKind.AFTER_RESTART;
            } else {
                remaining -= elapsed;
                kind = LegKind.AFTER_SUSPENSION;
            }
            from = pause.resumedOn();
        }
        Stretch last = finalStretch(kind, from, remaining, unit);
        stretches.add(last);
        if (request.extension() != null) {
            Period extension = request.extension();
            stretches.add(finalStretch(LegKind.EXTENSION, last.through(), extension.length(), extension.unit()));
        }
        return stretches;
    }

    private Stretch finalStretch(LegKind kind, LocalDate from, int length, PeriodUnit unit) {
        if (unit == PeriodUnit.CALENDAR_DAYS) {
            LocalDate raw = from.plusDays(length);
            LocalDate end = calendar.onOrNextWorkingDay(raw);
            return new Stretch(kind, from, end, length, unit, end.equals(raw) ? null : raw);
        }
        return new Stretch(kind, from, calendar.addWorkingDays(from, length), length, PeriodUnit.WORKING_DAYS, null);
    }

    private LocalDate unrolledEnd(LocalDate from, int length, PeriodUnit unit) {
        return unit == PeriodUnit.CALENDAR_DAYS ? from.plusDays(length) : calendar.addWorkingDays(from, length);
    }

    private int count(LocalDate after, LocalDate through, PeriodUnit unit) {
        if (!through.isAfter(after)) {
            return 0;
        }
        return unit == PeriodUnit.CALENDAR_DAYS
                ? (int) (through.toEpochDay() - after.toEpochDay())
                : calendar.workingDaysBetween(after, through);
    }

    private Leg describe(Stretch stretch) {
        List<DayNote> skipped = new ArrayList<>();
        List<DayNote> makeUp = new ArrayList<>();
        List<DayNote> rolledOver = new ArrayList<>();
        if (stretch.unit() == PeriodUnit.WORKING_DAYS) {
            long last = stretch.through().toEpochDay();
            for (long day = stretch.after().toEpochDay() + 1; day <= last; day++) {
                DayKind kind = calendar.kindOfEpochDay(day);
                if (!kind.isWorking()) {
                    skipped.add(note(LocalDate.ofEpochDay(day), kind));
                } else if (kind == DayKind.MAKEUP_WORKDAY) {
                    makeUp.add(note(LocalDate.ofEpochDay(day), kind));
                }
            }
        } else if (stretch.unrolledEnd() != null) {
            for (LocalDate d = stretch.unrolledEnd(); d.isBefore(stretch.through()); d = d.plusDays(1)) {
                rolledOver.add(note(d, calendar.kindOf(d)));
            }
        }
        return new Leg(stretch.kind(), stretch.after(), stretch.through(), stretch.counted(), stretch.unit(),
                skipped, makeUp, stretch.unrolledEnd(), rolledOver);
    }

    private DayNote note(LocalDate date, DayKind kind) {
        return new DayNote(date, kind, calendar.holidayName(date), reasonKey(kind));
    }

    /** The message key naming why a day of {@code kind} is skipped or counted. */
    public static String reasonKey(DayKind kind) {
        return switch (kind) {
            case WEEKEND -> "calendar.reason.weekend";
            case HOLIDAY -> "calendar.reason.holiday";
            case MAKEUP_WORKDAY -> "calendar.reason.makeUp";
            case WORKDAY -> "calendar.reason.workday";
        };
    }
}
