package org.fazhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;


import java.util.Random;
import java.util.function.Consumer;
import org.fazhi.calendar.DayKind;
import org.junit.jupiter.api.Test;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.HolidayYear;
import org.fazhi.calendar.NaiveDayByDay;
import org.fazhi.calendar.Pause;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.StatuteRule;
import org.fazhi.calendar.StatuteRules;
import org.fazhi.calendar.WorkingCalendar;

/**
 * Properties of the period arithmetic over 2020–2028 (known years and years assumed Monday–Friday), each
 * checked on 1,000 random cases from a fixed seed (plain JUnit; a failure names the case to replay).
 */
class DeadlinePropertiesTest {

    private static final List<HolidayYear> YEARS = BundledCalendarData.years();
    private static final WorkingCalendar CALENDAR = WorkingCalendar.of(YEARS);
    private static final NaiveDayByDay NAIVE = new NaiveDayByDay(YEARS);
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(CALENDAR);
    private static final StatuteRules RULES = StatuteRuleReader.bundled();

    private static final long SEED = 20261127L;
    private static final int TRIES = 1000;
    private static final List<StatuteRule> EXTENDABLE = RULES.all().stream().filter(StatuteRule::allowsExtension).toList();

    /** Runs {@code property} on {@link #TRIES} cases drawn from one seeded generator. */
    private static void forAll(Consumer<Random> property) {
        Random random = new Random(SEED);
        for (int i = 0; i < TRIES; i++) {
            long caseSeed = random.nextLong();
            try {
                property.accept(new Random(caseSeed));
            } catch (AssertionError e) {
                throw new AssertionError("case " + i + " (seed " + caseSeed + "): " + e.getMessage(), e);
            }
        }
    }

    private static LocalDate date(Random random) {
        return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(9 * 366 + 1));
    }

    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    @Test
    void addingWorkingDaysThenCountingBackGivesTheStart() {
        forAll(r -> {
            LocalDate start = date(r);
            int days = between(r, 1, 400);
            LocalDate end = CALENDAR.addWorkingDays(start, days);
            assertThat(CALENDAR.workingDaysBetween(start, end)).isEqualTo(days);
            if (CALENDAR.isWorkingDay(start)) {
                assertThat(CALENDAR.subtractWorkingDays(end, days)).isEqualTo(start);
            }
        });
    }

    @Test
    void workingDayDeadlineNeverLandsOnAHolidayOrPlainWeekendUnlessItIsAMakeUpDay() {
        forAll(r -> {
            LocalDate start = date(r);
            int days = between(r, 1, 60);
            LocalDate end = CALCULATOR.deadline(start, Period.workingDays(days));
            assertThat(NAIVE.isListedOffDay(end)).isFalse();
            boolean weekend = end.getDayOfWeek().getValue() >= 6;
            if (weekend) {
                assertThat(NAIVE.isMakeUpDay(end)).isTrue();
                assertThat(CALENDAR.kindOf(end)).isEqualTo(DayKind.MAKEUP_WORKDAY);
            }
        });
    }

    @Test
    void indexAgreesWithTheNaiveDayByDayWalk() {
        forAll(r -> {
            LocalDate start = date(r);
            int days = between(r, 1, 120);
            assertThat(CALCULATOR.deadline(start, Period.workingDays(days))).isEqualTo(NAIVE.addWorkingDays(start, days));
            assertThat(CALCULATOR.deadline(start, Period.calendarDays(days))).isEqualTo(NAIVE.addCalendarDays(start, days));
        });
    }

    @Test
    void calendarDayDeadlineIsAWorkingDayNoEarlierThanTheLastCountedDay() {
        forAll(r -> {
            LocalDate start = date(r);
            int days = between(r, 1, 120);
            LocalDate end = CALCULATOR.deadline(start, Period.calendarDays(days));
            assertThat(CALENDAR.isWorkingDay(end)).isTrue();
            assertThat(end).isAfterOrEqualTo(start.plusDays(days));
            for (LocalDate d = start.plusDays(days); d.isBefore(end); d = d.plusDays(1)) {
                assertThat(CALENDAR.isWorkingDay(d)).isFalse();
            }
        });
    }

    @Test
    void extendingNeverShortens() {
        forAll(r -> {
            LocalDate start = date(r);
            StatuteRule rule = EXTENDABLE.get(r.nextInt(EXTENDABLE.size()));
            int extension = between(r, 1, 30);
            Period cap = rule.extensionCap();
            Period granted = new Period(Math.min(extension, cap.length()), cap.unit());
            DeadlineRequest request = DeadlineRequest.of(start, rule);
            LocalDate original = CALCULATOR.deadline(request);
            LocalDate extended = CALCULATOR.deadline(request.extendOnce(granted));
            assertThat(extended).isAfter(original);
        });
    }

    @Test
    void aSuspensionOrRestartNeverBringsTheDeadlineForward() {
        forAll(r -> {
            LocalDate start = date(r);
            int days = between(r, 1, 60);
            int stopAfter = between(r, 1, 90);
            int pausedFor = between(r, 0, 30);
            boolean restart = r.nextBoolean();
            Period period = days % 2 == 0 ? Period.workingDays(days) : Period.calendarDays(days);
            DeadlineRequest plain = DeadlineRequest.of(start, period);
            LocalDate stop = start.plusDays(stopAfter);
            Pause pause = restart
                    ? Pause.restart(stop, stop.plusDays(pausedFor), "calendar.pause.reason.correction")
                    : Pause.suspend(stop, stop.plusDays(pausedFor), "calendar.pause.reason.suspension");
            assertThat(CALCULATOR.deadline(plain.withPause(pause))).isAfterOrEqualTo(CALCULATOR.deadline(plain));
        });
    }

    @Test
    void aLongerPeriodNeverEndsEarlier() {
        forAll(r -> {
            LocalDate start = date(r);
            int days = between(r, 1, 100);
            assertThat(CALCULATOR.deadline(start, Period.workingDays(days + 1)))
                    .isAfter(CALCULATOR.deadline(start, Period.workingDays(days)));
            assertThat(CALCULATOR.deadline(start, Period.calendarDays(days + 1)))
                    .isAfterOrEqualTo(CALCULATOR.deadline(start, Period.calendarDays(days)));
        });
    }

    @Test
    void explanationCountsExactlyThePeriodAndAgreesWithTheFastPath() {
        forAll(r -> {
            LocalDate start = date(r);
            int days = between(r, 1, 40);
            DeadlineRequest request = DeadlineRequest.of(start, Period.workingDays(days));
            var explanation = CALCULATOR.explain(request);
            assertThat(explanation.deadline()).isEqualTo(CALCULATOR.deadline(request));
            var leg = explanation.legs().get(0);
            long span = leg.countedThrough().toEpochDay() - leg.countedAfter().toEpochDay();
            assertThat(span).isEqualTo(days + leg.skippedDays().size());
        });
    }
}
