package org.fazhi.progress.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.calendar.internal.BundledCalendarData;
import org.fazhi.plan.TrafficLight;
import org.fazhi.progress.Frequency;
import org.fazhi.progress.ReportState;
import org.fazhi.progress.ReportStatus;
import org.junit.jupiter.api.Test;

/** Reporting periods on the official calendar, and the traffic light, with dates counted by hand. */
class PeriodsAndLightsTest {

    static final WorkingCalendar calendar = WorkingCalendar.of(BundledCalendarData.years());

    @Test
    void quarterlyReportsAreDueFiveWorkingDaysAfterEachQuarterAcrossNationalDay() {
        List<ReportPeriod> periods = Periods.of(2025, Frequency.QUARTERLY, 5, null, calendar);
        assertThat(periods).extracting(ReportPeriod::key).containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
        // Q3 ends Tue 09-30; 10-01..10-08 are the National Day / Mid-Autumn holiday, Sat 10-11 is a make-up day:
        // 10-09 (1), 10-10 (2), 10-11 (3), 10-13 (4), 10-14 (5)
        assertThat(periods.get(2).due()).isEqualTo(LocalDate.of(2025, 10, 14));
        // Q1 ends Mon 03-31: 04-01 .. 04-03 (3), 04-04 Qingming holiday, 04-07 (4), 04-08 (5)
        assertThat(periods.get(0).due()).isEqualTo(LocalDate.of(2025, 4, 8));
    }

    @Test
    void monthlyHalfYearlyAndFinalCyclesAndTheTasksOwnDeadline() {
        assertThat(Periods.of(2025, Frequency.MONTHLY, 3, null, calendar)).hasSize(12);
        assertThat(Periods.of(2025, Frequency.HALF_YEARLY, 3, null, calendar)).extracting(ReportPeriod::key)
                .containsExactly("2025-H1", "2025-H2");
        List<ReportPeriod> finalOnly = Periods.of(2025, Frequency.FINAL, 0, LocalDate.of(2025, 9, 30), calendar);
        assertThat(finalOnly).extracting(ReportPeriod::key).containsExactly("2025-Y", "TASK");
        assertThat(finalOnly.get(0).due()).as("0 working days: due on the last day").isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(finalOnly.get(1).due()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    private static ReportRow report(String period, ReportState state, ReportStatus status) {
        return new ReportRow(1, 1, period, 1, state, status, null, "x", "", null, "u", Instant.now(), null, 0);
    }

    @Test
    void overdueIsRedCloseIsYellowOtherwiseGreenAndAcceptedDoneIsGreen() {
        List<ReportPeriod> periods = Periods.of(2025, Frequency.QUARTERLY, 5, null, calendar);
        LocalDate beforeQ3Due = LocalDate.of(2025, 10, 9);   // 4 working days before 10-14
        assertThat(Lights.of(periods.subList(2, 4), Map.of(), beforeQ3Due, 5, calendar)).isEqualTo(TrafficLight.YELLOW);
        assertThat(Lights.of(periods.subList(2, 4), Map.of(), beforeQ3Due, 3, calendar)).isEqualTo(TrafficLight.GREEN);
        assertThat(Lights.of(periods, Map.of(), beforeQ3Due, 5, calendar)).as("Q1 and Q2 unreported")
                .isEqualTo(TrafficLight.RED);
        Map<String, ReportRow> delivered = Map.of(
                "2025-Q1", report("2025-Q1", ReportState.ACCEPTED, ReportStatus.IN_PROGRESS),
                "2025-Q2", report("2025-Q2", ReportState.SUBMITTED, ReportStatus.IN_PROGRESS));
        assertThat(Lights.of(periods, delivered, LocalDate.of(2025, 9, 1), 5, calendar)).isEqualTo(TrafficLight.GREEN);
        assertThat(Lights.of(periods, Map.of("2025-Q1", report("2025-Q1", ReportState.RETURNED,
                ReportStatus.IN_PROGRESS)), LocalDate.of(2025, 5, 1), 5, calendar))
                .as("a returned report does not count as delivered").isEqualTo(TrafficLight.RED);
        assertThat(Lights.of(periods, Map.of("2025-Q1", report("2025-Q1", ReportState.SUBMITTED, ReportStatus.LATE)),
                LocalDate.of(2025, 5, 1), 5, calendar)).isEqualTo(TrafficLight.RED);
        assertThat(Lights.of(periods, Map.of("2025-Q1", report("2025-Q1", ReportState.ACCEPTED, ReportStatus.DONE)),
                LocalDate.of(2025, 12, 30), 5, calendar)).isEqualTo(TrafficLight.GREEN);
    }
}
