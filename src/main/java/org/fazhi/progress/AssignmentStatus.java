package org.fazhi.progress;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.plan.TrafficLight;

/**
 * An assignment as other modules (supervision, dashboards) read it.
 *
 * @param active          false once the unit is no longer responsible (retired)
 * @param done            the office accepted a report saying the task is done
 * @param undeliveredDues due days of the periods for which no report was delivered yet, earliest first
 * @param dues            due days of every reporting period, earliest first
 */
public record AssignmentStatus(long id, long planId, long taskId, String taskLabel, String taskTitle, long unitId,
                               String unitName, boolean active, boolean done, TrafficLight light,
                               List<LocalDate> undeliveredDues, List<LocalDate> dues) {

    public AssignmentStatus {
        undeliveredDues = List.copyOf(undeliveredDues);
        dues = List.copyOf(dues);
    }

    /** Closed: retired, or accepted as done — nothing is left to urge. */
    public boolean closed() {
        return !active || done;
    }

    /** The task as a line of text: label and title. */
    public String taskText() {
        return (taskLabel == null ? "" : taskLabel + " ") + taskTitle;
    }
}
