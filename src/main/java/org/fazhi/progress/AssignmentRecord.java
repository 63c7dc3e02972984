package org.fazhi.progress;

import java.util.List;

/**
 * An assignment with what dashboards count beyond its {@link AssignmentStatus}: each period's delivery and how
 * many of its report versions wait for the office's review.
 */
public record AssignmentRecord(AssignmentStatus status, List<PeriodDelivery> periods, int awaitingReview) {

    public AssignmentRecord {
        periods = List.copyOf(periods);
    }
}
