package org.fazhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.fazhi.calendar.DayKind;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.HolidayYear;
import org.fazhi.calendar.NaiveDayByDay;
import org.fazhi.calendar.Pause;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.StatuteRule;
import org.fazhi.calendar.StatuteRules;
import org.fazhi.calendar.WorkingCalendar;

/** Properties of the period arithmetic over 2020–2028 (known years and years assumed Monday–Friday). */
class DeadlinePropertiesTest {

    private static final List<HolidayYear> YEARS = BundledCalendarData.years();
    private static final WorkingCalendar CALENDAR = WorkingCalendar.of(YEARS);
    private static final NaiveDayByDay NAIVE = new NaiveDayByDay(YEARS);
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(CALENDAR);
    private static final StatuteRules RULES = StatuteRuleReader.bundled();

    @Provide
    Arbitrary<LocalDate> dates() {
        LocalDate first = LocalDate.of(2020, 1, 1);
        return Arbitraries.integers().between(0, 9 * 366).map(first::plusDays);
    }

    @Provide
    Arbitrary<StatuteRule> extendableRules() {
        return Arbitraries.of(RULES.all().stream().filter(StatuteRule::allowsExtension).toList());
    }

    @Property
    void addingWorkingDaysThenCountingBackGivesTheStart(@ForAll("dates") LocalDate start,
                                                         @ForAll @IntRange(min = 1, max = 400) int days) {
        LocalDate end = CALENDAR.addWorkingDays(start, days);
        assertThat(CALENDAR.workingDaysBetween(start, end)).isEqualTo(days);
        if (CALENDAR.isWorkingDay(start)) {
            assertThat(CALENDAR.subtractWorkingDays(end, days)).isEqualTo(start);
        }
    }

    @Property
    void workingDayDeadlineNeverLandsOnAHolidayOrPlainWeekendUnlessItIsAMakeUpDay(
            @ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 60) int days) {
        LocalDate end = CALCULATOR.deadline(start, Period.workingDays(days));
        assertThat(NAIVE.isListedOffDay(end)).isFalse();
        boolean weekend = end.getDayOfWeek().getValue() >= 6;
        if (weekend) {
            assertThat(NAIVE.isMakeUpDay(end)).isTrue();
            assertThat(CALENDAR.kindOf(end)).isEqualTo(DayKind.MAKEUP_WORKDAY);
        }
    }

    @Property
    void indexAgreesWithTheNaiveDayByDayWalk(@ForAll("dates") LocalDate start,
                                             @ForAll @IntRange(min = 1, max = 120) int days) {
        assertThat(CALCULATOR.deadline(start, Period.workingDays(days))).isEqualTo(NAIVE.addWorkingDays(start, days));
        assertThat(CALCULATOR.deadline(start, Period.calendarDays(days))).isEqualTo(NAIVE.addCalendarDays(start, days));
    }

    @Property
    void calendarDayDeadlineIsAWorkingDayNoEarlierThanTheLastCountedDay(
            @ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 120) int days) {
        LocalDate end = CALCULATOR.deadline(start, Period.calendarDays(days));
        assertThat(CALENDAR.isWorkingDay(end)).isTrue();
        assertThat(end).isAfterOrEqualTo(start.plusDays(days));
        for (LocalDate d = start.plusDays(days); d.isBefore(end); d = d.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(d)).isFalse();
        }
    }

    @Property
    void extendingNeverShortens(@ForAll("dates") LocalDate start, @ForAll("extendableRules") StatuteRule rule,
                                @ForAll @IntRange(min = 1, max = 30) int extension) {
        Period cap = rule.extensionCap();
        Period granted = new Period(Math.min(extension, cap.length()), cap.unit());
        DeadlineRequest request = DeadlineRequest.of(start, rule);
        LocalDate original = CALCULATOR.deadline(request);
        LocalDate extended = CALCULATOR.deadline(request.extendOnce(granted));
        assertThat(extended).isAfter(original);
    }

    @Property
    void aSuspensionOrRestartNeverBringsTheDeadlineForward(
            @ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 60) int days,
            @ForAll @IntRange(min = 1, max = 90) int stopAfter, @ForAll @IntRange(min = 0, max = 30) int pausedFor,
            @ForAll boolean restart) {
        Period period = days % 2 == 0 ? Period.workingDays(days) : Period.calendarDays(days);
        DeadlineRequest plain = DeadlineRequest.of(start, period);
        LocalDate stop = start.plusDays(stopAfter);
        Pause pause = restart
                ? Pause.restart(stop, stop.plusDays(pausedFor), "calendar.pause.reason.correction")
                : Pause.suspend(stop, stop.plusDays(pausedFor), "calendar.pause.reason.suspension");
        assertThat(CALCULATOR.deadline(plain.withPause(pause))).isAfterOrEqualTo(CALCULATOR.deadline(plain));
    }

    @Property
    void aLongerPeriodNeverEndsEarlier(@ForAll("dates") LocalDate start,
                                       @ForAll @IntRange(min = 1, max = 100) int days) {
        assertThat(CALCULATOR.deadline(start, Period.workingDays(days + 1)))
                .isAfter(CALCULATOR.deadline(start, Period.workingDays(days)));
        assertThat(CALCULATOR.deadline(start, Period.calendarDays(days + 1)))
                .isAfterOrEqualTo(CALCULATOR.deadline(start, Period.calendarDays(days)));
    }

    @Property
    void explanationCountsExactlyThePeriodAndAgreesWithTheFastPath(
            @ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 40) int days) {
        DeadlineRequest request = DeadlineRequest.of(start, Period.workingDays(days));
        var explanation = CALCULATOR.explain(request);
        assertThat(explanation.deadline()).isEqualTo(CALCULATOR.deadline(request));
        var leg = explanation.legs().get(0);
        long span = leg.countedThrough().toEpochDay() - leg.countedAfter().toEpochDay();
        assertThat(span).isEqualTo(days + leg.skippedDays().size());
    }
}
