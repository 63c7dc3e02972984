package org.fazhi.progress;

/**
 * Where a report version stands: a draft the unit may still change; awaiting its own leader's approval;
 * submitted to the office; accepted; or returned (the unit then writes a new version).
 */
public enum ReportState {
    DRAFT, AWAITING_LEADER, SUBMITTED, ACCEPTED, RETURNED;

    /** Whether the version counts as delivered for its period (the unit did its part). */
    public boolean delivered() {
        return this == AWAITING_LEADER || this == SUBMITTED || this == ACCEPTED;
    }
}
