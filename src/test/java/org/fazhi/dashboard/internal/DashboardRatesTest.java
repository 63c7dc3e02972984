package org.fazhi.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;
import org.fazhi.plan.SectionSummary;
import org.fazhi.plan.TrafficLight;
import org.fazhi.progress.AssignmentRecord;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.PeriodDelivery;
import org.junit.jupiter.api.Test;

class DashboardRatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    @Test
    void ratesWithNothingToDivideByAreUnknownNotZero() {
        assertThat(Tally.ZERO.completionRate()).isNull();
        assertThat(Tally.ZERO.onTimeRate()).isNull();
    }

    @Test
    void ratesArePercentWithOneDecimalRoundedHalfUp() {
        Tally t = new Tally(3, 2, 0, 0, 6, 1, 0);
        assertThat(t.completionRate()).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(t.onTimeRate()).isEqualByComparingTo(new BigDecimal("16.7"));
        assertThat(new Tally(8, 1, 0, 0, 0, 0, 0).completionRate()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(t.missed()).isEqualTo(5);
    }

    @Test
    void aPeriodCountsOnlyOnceItsDueDayHasPassedAndIsOnTimeWhenFirstSubmittedByThatDay() {
        AssignmentRecord r = record(1, 10, 100, TrafficLight.RED, false, 0,
                period("2026-Q1", "2026-04-08", "2026-04-08"),   // submitted on the due day: on time
                period("2026-Q2", "2026-05-09", "2026-05-10"),   // a day late
                period("2026-Q3", "2026-05-10", null),           // due today: not yet counted
                period("2026-Q4", "2026-01-31", null));          // never submitted
        Tally t = FigureBuilder.tally(r, TODAY);
        assertThat(t.duePeriods()).isEqualTo(3);
        assertThat(t.onTime()).isEqualTo(1);
        assertThat(t.red()).isEqualTo(1);
        assertThat(t.done()).isZero();
    }

    @Test
    void groupsBySectionKindAndUnitAndRanksLateUnitsByRedThenLowerOnTimeRate() {
        List<SectionSummary> sections = List.of(new SectionSummary(1, 9, 1, "一", List.of(10L)),
                new SectionSummary(2, 9, 2, "二", List.of(20L)));
        List<UnitView> units = List.of(new UnitView(100, UnitKind.COUNTY_GOVERNMENT, "甲县人民政府", "甲县", null, true),
                new UnitView(200, UnitKind.MUNICIPAL_DEPARTMENT, "市乙局", null, null, true),
                new UnitView(300, UnitKind.PARK_COMMITTEE, "丙园区管委会", "丙园区", null, true));
        List<AssignmentRecord> records = List.of(
                record(1, 10, 100, TrafficLight.GREEN, true, 0, period("2026-Q1", "2026-04-08", "2026-04-01")),
                record(2, 10, 200, TrafficLight.GREEN, false, 1, period("2026-Q1", "2026-04-08", "2026-04-20")),
                record(3, 20, 100, TrafficLight.RED, false, 0, period("2026-Q1", "2026-04-08", null)),
                record(4, 20, 300, TrafficLight.RED, false, 0, period("2026-Q1", "2026-04-08", null)));
        PlanFigures f = FigureBuilder.build(9, TODAY, records, sections,
                id -> units.stream().filter(u -> u.id() == id).findFirst().orElse(null));

        assertThat(f.total()).isEqualTo(new Tally(4, 1, 2, 0, 4, 1, 1));
        assertThat(f.sections()).extracting(FigureRow::label, r -> r.tally().completionRate(), r -> r.tally().onTimeRate())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("一", new BigDecimal("50.0"), new BigDecimal("50.0")),
                        org.assertj.core.groups.Tuple.tuple("二", new BigDecimal("0.0"), new BigDecimal("0.0")));
        assertThat(f.kinds()).extracting(FigureRow::key, r -> r.tally().assignments())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MUNICIPAL_DEPARTMENT", 1),
                        org.assertj.core.groups.Tuple.tuple("COUNTY_GOVERNMENT", 2),
                        org.assertj.core.groups.Tuple.tuple("PARK_COMMITTEE", 1));
        assertThat(f.units()).extracting(FigureRow::label).containsExactly("市乙局", "甲县", "丙园区");
        assertThat(f.lateUnits()).as("one red each; the park has the lower on-time rate (0 % against 50 %)")
                .extracting(FigureRow::label).containsExactly("丙园区", "甲县");
        assertThat(f.lateUnits().get(0).query()).isEqualTo("unit=300");
        assertThat(f.facts()).filteredOn(Filter.REVIEW::matches).extracting(AssignmentFact::assignmentId)
                .containsExactly(2L);
        assertThat(f.facts()).filteredOn(Filter.MISSED::matches).extracting(AssignmentFact::assignmentId)
                .containsExactly(2L, 3L, 4L);
        assertThat(Filter.of("late")).isEqualTo(Filter.LATE);
        assertThat(Filter.of("nonsense")).isEqualTo(Filter.ALL);
    }

    static PeriodDelivery period(String key, String due, String submitted) {
        return new PeriodDelivery(key, LocalDate.parse(due), submitted == null ? null : LocalDate.parse(submitted),
                submitted != null);
    }

    static AssignmentRecord record(long id, long task, long unit, TrafficLight light, boolean done, int awaiting,
                                   PeriodDelivery... periods) {
        AssignmentStatus status = new AssignmentStatus(id, 9, task, "(" + task + ")", "任务" + task, unit, "u" + unit,
                true, done, light, List.of(), List.of());
        return new AssignmentRecord(status, List.of(periods), awaiting);
    }
}
