package org.fazhi.progress.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.plan.PlanSummary;
import org.fazhi.plan.TaskSummary;
import org.fazhi.plan.TrafficLight;

/**
 * An assignment as pages show it: the task, the unit, the light, the sign-for deadline and each reporting
 * period with its latest report version ({@code null} when none yet).
 */
public record AssignmentView(AssignmentRow assignment, PlanSummary plan, TaskSummary task, String unitName,
                             TrafficLight light, LocalDate signDue, boolean signOverdue, List<PeriodView> periods,
                             ReportRow latestAccepted) {

    /** A period and its latest version. */
    public record PeriodView(ReportPeriod period, ReportRow latest) {

        /** Whether the unit can write for it now: nothing delivered yet, or the last version was returned. */
        public boolean open() {
            return latest == null || latest.state() == org.fazhi.progress.ReportState.DRAFT
                    || latest.state() == org.fazhi.progress.ReportState.RETURNED;
        }
    }

    /** The period to report on next: the earliest open one whose period has begun, else the first open one. */
    public PeriodView nextOpen(LocalDate today) {
        PeriodView first = null;
        for (PeriodView p : periods) {
            if (p.open()) {
                if (!p.period().start().isAfter(today)) {
                    return p;
                }
                first = first == null ? p : first;
            }
        }
        return first;
    }
}
