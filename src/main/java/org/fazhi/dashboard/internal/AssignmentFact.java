package org.fazhi.dashboard.internal;

import org.fazhi.organization.UnitKind;
import org.fazhi.plan.TrafficLight;

/**
 * What the dashboard knows of one active assignment: where it belongs (section, unit, kind) and its counts.
 *
 * @param sectionNumber the section's number in the notice, 0 when the task is in none
 * @param orders        supervision orders not yet closed that name it (filled in per request, not cached)
 */
public record AssignmentFact(long assignmentId, long taskId, String taskText, int sectionNumber, long unitId,
                             String unitName, UnitKind kind, TrafficLight light, Tally tally, int orders) {

    public boolean done() {
        return tally.done() > 0;
    }

    AssignmentFact withOrders(int count) {
        return count == orders ? this : new AssignmentFact(assignmentId, taskId, taskText, sectionNumber, unitId,
                unitName, kind, light, tally, count);
    }
}
