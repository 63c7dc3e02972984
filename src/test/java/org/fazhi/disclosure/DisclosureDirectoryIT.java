package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitRegistration;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The annual-report reminders other modules (the dashboard) read: departments 31 January, governments 31 March. */
@IntegrationTest
class DisclosureDirectoryIT {

    @Autowired
    DisclosureDirectory directory;
    @Autowired
    UnitRegistration registration;

    private long unit(UnitKind kind) {
        return registration.register(kind, "年报提醒测试" + UUID.randomUUID().toString().substring(0, 8)).id();
    }

    @Test
    void departmentsAreDueOnThirtyFirstJanuaryAndGovernmentsOnThirtyFirstMarch() {
        long department = unit(UnitKind.MUNICIPAL_DEPARTMENT);
        long county = unit(UnitKind.COUNTY_GOVERNMENT);
        long other = unit(UnitKind.OTHER);

        var early = directory.annualReportReminders(LocalDate.of(2026, 1, 10));
        assertThat(early).filteredOn(r -> r.unitId() == department).singleElement().satisfies(r -> {
            assertThat(r.dueOn()).isEqualTo(LocalDate.of(2026, 1, 31));
            assertThat(r.reportYear()).isEqualTo(2025);
            assertThat(r.state()).isEqualTo(AnnualReportReminder.State.DUE_SOON);
        });
        assertThat(early).filteredOn(r -> r.unitId() == county).singleElement().satisfies(r -> {
            assertThat(r.dueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(r.state()).isEqualTo(AnnualReportReminder.State.UPCOMING);
        });
        assertThat(early).noneMatch(r -> r.unitId() == other);
        // soonest first: every January deadline before every March one
        assertThat(early).isSortedAccordingTo(java.util.Comparator.comparing(AnnualReportReminder::dueOn));

        var february = directory.annualReportReminders(LocalDate.of(2026, 2, 1));
        assertThat(february).filteredOn(r -> r.unitId() == department).singleElement()
                .extracting(AnnualReportReminder::state).isEqualTo(AnnualReportReminder.State.PASSED);
        assertThat(february).filteredOn(r -> r.unitId() == county).singleElement()
                .extracting(AnnualReportReminder::state).isEqualTo(AnnualReportReminder.State.UPCOMING);
        assertThat(directory.annualReportReminders(LocalDate.of(2026, 3, 31))).filteredOn(r -> r.unitId() == county)
                .singleElement().extracting(AnnualReportReminder::state).isEqualTo(AnnualReportReminder.State.DUE_SOON);

        // from April on the season is this year's report, due early next year
        var december = directory.annualReportReminders(LocalDate.of(2026, 12, 20));
        assertThat(december).filteredOn(r -> r.unitId() == department).singleElement().satisfies(r -> {
            assertThat(r.dueOn()).isEqualTo(LocalDate.of(2027, 1, 31));
            assertThat(r.reportYear()).isEqualTo(2026);
            assertThat(r.state()).isEqualTo(AnnualReportReminder.State.UPCOMING);
        });
        assertThat(directory.annualReportReminders(LocalDate.of(2027, 1, 2))).filteredOn(r -> r.unitId() == department)
                .singleElement().extracting(AnnualReportReminder::state).isEqualTo(AnnualReportReminder.State.DUE_SOON);
        assertThat(directory.annualReportReminders(LocalDate.of(2026, 4, 1))).filteredOn(r -> r.unitId() == county)
                .singleElement().extracting(AnnualReportReminder::dueOn).isEqualTo(LocalDate.of(2027, 3, 31));
    }
}
