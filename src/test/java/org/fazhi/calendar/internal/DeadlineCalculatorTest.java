package org.fazhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.calendar.DayKind;
import org.fazhi.calendar.DeadlineExplanation;
import org.fazhi.calendar.DeadlineExplanation.DayNote;
import org.fazhi.calendar.DeadlineExplanation.Leg;
import org.fazhi.calendar.DeadlineExplanation.LegKind;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.StatuteRules;
import org.junit.jupiter.api.Test;

/** Hand-checked deadlines on the bundled 2021–2026 calendar. */
class DeadlineCalculatorTest {

    private final DeadlineCalculator calculator = new DeadlineCalculator(BundledCalendarData.calendar());
    private final StatuteRules rules = StatuteRuleReader.bundled();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void twentyWorkingDaysFromFridayTwentiethSeptember2024EndOnWednesdayTwentyThirdOctober() {
        // 09-23..27 = 1..5; 09-28 Sat skipped; 09-29 Sun make-up (国庆节) = 6; 09-30 = 7; 10-01..07 国庆节
        // skipped; 10-08..11 = 8..11; 10-12 Sat make-up = 12; 10-13 Sun skipped; 10-14..18 = 13..17;
        // 10-19/20 weekend skipped; 10-21, 22, 23 = 18, 19, 20.
        DeadlineExplanation explanation = calculator.explain(DeadlineRequest.of(d(2024, 9, 20), Period.workingDays(20)));

        assertThat(explanation.deadline()).isEqualTo(d(2024, 10, 23));
        assertThat(explanation.daysCounted()).isEqualTo(20);
        Leg leg = explanation.legs().get(0);
        assertThat(leg.makeUpDaysCounted()).extracting(DayNote::date).containsExactly(d(2024, 9, 29), d(2024, 10, 12));
        assertThat(leg.skippedDays()).extracting(DayNote::date).containsExactly(
                d(2024, 9, 21), d(2024, 9, 22), d(2024, 9, 28),
                d(2024, 10, 1), d(2024, 10, 2), d(2024, 10, 3), d(2024, 10, 4), d(2024, 10, 5), d(2024, 10, 6),
                d(2024, 10, 7), d(2024, 10, 13), d(2024, 10, 19), d(2024, 10, 20));
        assertThat(leg.skippedDays().get(0).reasonKey()).isEqualTo("calendar.reason.weekend");
        DayNote nationalDay = leg.skippedDays().get(3);
        assertThat(nationalDay.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(nationalDay.holidayName()).isEqualTo("国庆节");
        assertThat(nationalDay.reasonKey()).isEqualTo("calendar.reason.holiday");
        assertThat(explanation.warnings()).isEmpty();
    }

    @Test
    void fiveWorkingDaysFromTwentyFourthJanuary2025CrossTheSpringFestival() {
        // 2025 data (国办发明电〔2024〕12号): 01-26 Sun is a make-up working day; 01-28..02-04 春节 off;
        // 02-08 Sat make-up. From Fri 01-24: 01-25 Sat skipped; 01-26 Sun make-up = 1; 01-27 Mon = 2;
        // 01-28..02-04 skipped (8 days); 02-05 Wed = 3; 02-06 = 4; 02-07 Fri = 5.
        DeadlineExplanation explanation = calculator.explain(DeadlineRequest.of(d(2025, 1, 24), Period.workingDays(5)));

        assertThat(explanation.deadline()).isEqualTo(d(2025, 2, 7));
        Leg leg = explanation.legs().get(0);
        assertThat(leg.makeUpDaysCounted()).extracting(DayNote::date).containsExactly(d(2025, 1, 26));
        assertThat(leg.skippedDays()).hasSize(9);
        assertThat(leg.skippedDays().subList(1, 9)).allSatisfy(day -> assertThat(day.holidayName()).isEqualTo("春节"));
    }

    @Test
    void sixtyCalendarDaysEndingOnNationalDay2025MoveToTheNextWorkingDay() {
        // 2025-08-04 + 60 days = 2025-10-03, inside 国庆节、中秋节 (10-01..10-08 off); first working day after
        // is Thu 10-09 (民事诉讼法 Art. 85 via 行政复议法 Art. 88).
        DeadlineExplanation explanation = calculator.explain(
                DeadlineRequest.of(d(2025, 8, 4), rules.get("reconsideration.decision")));

        assertThat(explanation.deadline()).isEqualTo(d(2025, 10, 9));
        Leg leg = explanation.legs().get(0);
        assertThat(leg.periodEndedOn()).isEqualTo(d(2025, 10, 3));
        assertThat(leg.rolledOverDays()).extracting(DayNote::date).containsExactly(
                d(2025, 10, 3), d(2025, 10, 4), d(2025, 10, 5), d(2025, 10, 6), d(2025, 10, 7), d(2025, 10, 8));
        assertThat(explanation.rule().article()).isEqualTo(62);
    }

    @Test
    void calendarDayPeriodEndingInSpringFestival2024RollsOntoTheMakeUpSunday() {
        // 2024-01-31 + 15 = 02-15 (春节, off 02-10..02-17); the first working day after is Sun 02-18, a make-up day.
        assertThat(calculator.deadline(d(2024, 1, 31), Period.calendarDays(15))).isEqualTo(d(2024, 2, 18));
    }

    @Test
    void workingDaysAcrossSpringFestival2024CountBothMakeUpSundays() {
        // From Thu 02-01: 02-02 = 1; 02-03 Sat skipped; 02-04 Sun make-up = 2; 02-05..09 = 3..7;
        // 02-10..17 春节 skipped; 02-18 Sun make-up = 8; 02-19 = 9; 02-20 = 10.
        assertThat(calculator.deadline(d(2024, 2, 1), Period.workingDays(10))).isEqualTo(d(2024, 2, 20));
        // From Thu 02-08: 02-09 = 1; holiday skipped; 02-18 = 2; 02-19..21 = 3..5.
        assertThat(calculator.deadline(d(2024, 2, 8), Period.workingDays(5))).isEqualTo(d(2024, 2, 21));
    }

    @Test
    void nthWorkingDayAfterQuarterEndSkipsNationalDayAndCountsTheMakeUpSaturday() {
        // Q3 2024 ends 09-30; 10-01..07 off; 10-08..11 = 1..4; Sat 10-12 make-up = 5.
        DeadlineExplanation explanation = calculator.explain(
                DeadlineRequest.of(d(2024, 8, 15), rules.get("progress.quarterlyReport")));
        assertThat(explanation.deadline()).isEqualTo(d(2024, 10, 12));
        assertThat(explanation.legs().get(0).kind()).isEqualTo(LegKind.AFTER_QUARTER_END);
        assertThat(explanation.legs().get(0).countedAfter()).isEqualTo(d(2024, 9, 30));
    }

    @Test
    void reconsiderationDecisionExtendedOnceByThirtyDaysCountsFromTheOriginalDeadline() {
        // Accepted Tue 2024-01-02: +60 = Sat 03-02 → Mon 03-04. Extension +30 = Wed 04-03 (清明 starts 04-04).
        DeadlineRequest request = DeadlineRequest.of(d(2024, 1, 2), rules.get("reconsideration.decision"));
        assertThat(calculator.deadline(request)).isEqualTo(d(2024, 3, 4));

        DeadlineExplanation extended = calculator.explain(request.extendOnce(Period.calendarDays(30)));
        assertThat(extended.deadline()).isEqualTo(d(2024, 4, 3));
        assertThat(extended.legs()).extracting(Leg::kind).containsExactly(LegKind.INITIAL, LegKind.EXTENSION);
        assertThat(extended.extension()).isEqualTo(Period.calendarDays(30));
    }

    @Test
    void correctionRestartsTheDisclosureReplyClockFromReceiptOfTheCorrectedRequest() {
        // Received Fri 03-01; 补正 notice 03-05 stops the clock; corrected request received Mon 03-11.
        // 20 working days from 03-11: 03-12..29 = 14; 04-01..03 = 17; 04-04..06 清明 skipped;
        // Sun 04-07 make-up = 18; 04-08 = 19; 04-09 = 20.
        DeadlineRequest request = DeadlineRequest.of(d(2024, 3, 1), rules.get("disclosure.reply"))
                .withPause(org.fazhi.calendar.Pause.restart(d(2024, 3, 5), d(2024, 3, 11),
                        "calendar.pause.reason.correction"));
        DeadlineExplanation explanation = calculator.explain(request);

        assertThat(explanation.deadline()).isEqualTo(d(2024, 4, 9));
        assertThat(explanation.legs()).extracting(Leg::kind).containsExactly(LegKind.INITIAL, LegKind.AFTER_RESTART);
        // Before the stop only Mon 03-04 was counted.
        assertThat(explanation.pauses().get(0).countedBefore()).isEqualTo(1);
    }

    @Test
    void thirdPartyConsultationIsNotCountedAndTheRestOfTheReplyPeriodRunsOn() {
        // From Fri 03-01, 03-04..08 = 5 counted before consultation 03-11..03-25 (not counted).
        // Remaining 15 from 03-25: 03-26..29 = 4; 04-01..03 = 7; Sun 04-07 make-up = 8; 04-08..12 = 13;
        // 04-15, 16 = 15.
        DeadlineRequest request = DeadlineRequest.of(d(2024, 3, 1), rules.get("disclosure.reply"))
                .withPause(org.fazhi.calendar.Pause.suspend(d(2024, 3, 11), d(2024, 3, 25),
                        "calendar.pause.reason.thirdParty"));

        assertThat(calculator.deadline(request)).isEqualTo(d(2024, 4, 16));
        assertThat(calculator.explain(request).daysCounted()).isEqualTo(20);
    }

    @Test
    void pauseAfterThePeriodRanOutChangesNothingAndIsFlagged() {
        DeadlineRequest request = DeadlineRequest.of(d(2024, 3, 1), Period.workingDays(5))
                .withPause(org.fazhi.calendar.Pause.suspend(d(2024, 3, 20), d(2024, 3, 25),
                        "calendar.pause.reason.suspension"));
        DeadlineExplanation explanation = calculator.explain(request);
        assertThat(explanation.deadline()).isEqualTo(d(2024, 3, 8));
        assertThat(explanation.pauses().get(0).applied()).isFalse();
        assertThat(explanation.warnings()).extracting(DeadlineExplanation.Warning::key)
                .containsExactly("calendar.warning.pauseAfterDeadline");
    }

    @Test
    void deadlineBeyondKnownYearsIsComputedMondayToFridayAndFlagged() {
        DeadlineExplanation explanation = calculator.explain(DeadlineRequest.of(d(2026, 12, 28), Period.workingDays(10)));
        // 12-29..31 = 3 (2026 data has no late-December days off); 2027 assumed Mon–Fri: 01-01 = 4, 01-04..08 = 9, 01-11 = 10.
        assertThat(explanation.deadline()).isEqualTo(d(2027, 1, 11));
        assertThat(explanation.assumedMondayToFriday()).isTrue();
        assertThat(explanation.warnings()).containsExactly(
                new DeadlineExplanation.Warning("calendar.warning.unknownYear", List.of("2027")));
    }
}
