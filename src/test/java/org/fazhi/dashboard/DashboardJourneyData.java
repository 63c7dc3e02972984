package org.fazhi.dashboard;

import org.springframework.stereotype.Component;

/** Opens {@link DashboardFixtures} to the browser journeys in another package. */
@Component
public class DashboardJourneyData {

    private final DashboardFixtures fixtures;

    DashboardJourneyData(DashboardFixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** A fresh plan: 1 of 4 assignments done, 遂宁高新区 and 船山区 with one red assignment each. */
    public long planWithLateUnits() {
        return fixtures.scenario().plan();
    }
}
