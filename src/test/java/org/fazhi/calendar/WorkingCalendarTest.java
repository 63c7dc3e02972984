package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.calendar.internal.BundledCalendarData;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = BundledCalendarData.calendar();

    @Test
    void bundledDataCoversTwentyTwentyOneToTwentyTwentySix() {
        assertThat(calendar.knownYears()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(calendar.isKnownYear(2027)).isFalse();
    }

    @Test
    void classifiesHolidaysMakeUpDaysAndPlainWeekends() {
        assertThat(calendar.kindOf(LocalDate.of(2024, 10, 1))).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.day(LocalDate.of(2024, 10, 1)).holidayName()).isEqualTo("国庆节");
        assertThat(calendar.kindOf(LocalDate.of(2024, 9, 29))).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(calendar.kindOf(LocalDate.of(2024, 9, 21))).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.kindOf(LocalDate.of(2024, 9, 20))).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void lateDecemberDateCarriedByNextYearsFileIsAHoliday() {
        // 2022-12-31 (Saturday) sits in 2023.json as the start of the 元旦 break.
        CalendarDay day = calendar.day(LocalDate.of(2022, 12, 31));
        assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day.holidayName()).isEqualTo("元旦");
        assertThat(day.assumed()).isFalse();
    }

    @Test
    void unknownYearIsPlainMondayToFridayAndMarkedAssumed() {
        CalendarDay newYear = calendar.day(LocalDate.of(2027, 1, 1));
        assertThat(newYear.kind()).isEqualTo(DayKind.WORKDAY);
        assertThat(newYear.assumed()).isTrue();
        assertThat(calendar.unknownYearsBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2028, 1, 5)))
                .containsExactly(2027, 2028);
    }

    @Test
    void countsWorkingDaysExcludingTheStartDay() {
        // (2024-09-20, 2024-10-23] holds 20 working days; see DeadlineCalculatorTest for the day list.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 23))).isEqualTo(20);
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2024, 10, 23), 20)).isEqualTo(LocalDate.of(2024, 9, 20));
    }

    @Test
    void withYearReplacesTheYearAndLeavesTheOriginalUntouched() {
        HolidayYear corrected = new HolidayYear(2025, List.of(),
                List.of(new HolidayEntry(LocalDate.of(2025, 3, 3), "测试假日", true)));
        WorkingCalendar changed = calendar.withYear(corrected);
        assertThat(changed.isWorkingDay(LocalDate.of(2025, 3, 3))).isFalse();
        assertThat(changed.isWorkingDay(LocalDate.of(2025, 10, 1))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 3))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
    }

    @Test
    void refusesDatesOutsideTheIndexedRange() {
        assertThatThrownBy(() -> calendar.kindOf(LocalDate.of(1999, 12, 31)))
                .isInstanceOf(CalendarException.class)
                .extracting(e -> ((CalendarException) e).messageKey())
                .isEqualTo("error.calendar.date.outOfRange");
    }
}
