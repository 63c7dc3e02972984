package org.fazhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.HolidayYear;
import org.fazhi.calendar.MovedDeadline;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class DeadlineRecomputationTest {

    @Test
    void addingTheTwentyTwentyFiveNoticeMovesOnlyTheDeadlinesItTouches() {
        List<HolidayYear> bundled = BundledCalendarData.years();
        WorkingCalendar without2025 = WorkingCalendar.of(bundled.stream().filter(y -> y.year() != 2025).toList());
        HolidayYear year2025 = bundled.stream().filter(y -> y.year() == 2025).findFirst().orElseThrow();
        WorkingCalendar with2025 = without2025.withYear(year2025);

        Map<String, DeadlineRequest> open = new LinkedHashMap<>();
        // Mon–Fri assumption: 01-27..01-31 → Fri 01-31; with the notice: 02-07 (see DeadlineCalculatorTest).
        open.put("disclosure-17", DeadlineRequest.of(LocalDate.of(2025, 1, 24), Period.workingDays(5)));
        // 03-04..03-10: no holiday nearby, unchanged.
        open.put("reconsideration-3", DeadlineRequest.of(LocalDate.of(2025, 3, 3), Period.workingDays(5)));
        // 2025-08-04 + 60 = 10-03: Friday under Mon–Fri; 国庆 moves it to 10-09.
        open.put("reconsideration-9", DeadlineRequest.of(LocalDate.of(2025, 8, 4), Period.calendarDays(60)));

        assertThat(DeadlineRecomputation.movedBy(without2025, with2025, open)).containsExactly(
                new MovedDeadline("disclosure-17", LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 7)),
                new MovedDeadline("reconsideration-9", LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 9)));
    }

    @Test
    void changingAConfigurableRuleMovesOnlyTheDeadlinesCountedUnderIt() {
        WorkingCalendar calendar = BundledCalendarData.calendar();
        var rules = StatuteRuleReader.bundled();
        Map<String, DeadlineRequest> open = new LinkedHashMap<>();
        // Published Mon 2024-03-04: +30 = Wed 04-03; +15 = Tue 03-19.
        open.put("doc-1", DeadlineRequest.of(LocalDate.of(2024, 3, 4), rules.get("normativedoc.filing")));
        open.put("case-1", DeadlineRequest.of(LocalDate.of(2024, 3, 4), rules.get("litigation.defence")));

        var shorter = rules.withLength("normativedoc.filing", 15).get("normativedoc.filing");
        assertThat(DeadlineRecomputation.movedByRule(calendar, shorter, open)).containsExactly(
                new MovedDeadline("doc-1", LocalDate.of(2024, 4, 3), LocalDate.of(2024, 3, 19)));
    }

    @Test
    void unchangedCalendarMovesNothing() {
        WorkingCalendar calendar = BundledCalendarData.calendar();
        Map<String, DeadlineRequest> open = Map.of("a", DeadlineRequest.of(LocalDate.of(2024, 9, 20), Period.workingDays(20)));
        assertThat(DeadlineRecomputation.movedBy(calendar, calendar.withYear(calendar.year(2024).orElseThrow()), open))
                .isEmpty();
    }
}
