package org.fazhi.plan;

import org.fazhi.plan.internal.TaskEditing;
import org.fazhi.plan.internal.Tasks;
import org.fazhi.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responsibility changes other modules may ask for on the coordinator's behalf — e.g. when the office
 * accepts a unit's "not our duty" request and moves the task to another unit. Each is an ordinary
 * coordinator edit: recorded in the task's history with who and why.
 */
@Service
@PreAuthorize("hasRole('COORDINATOR')")
public class ResponsibilityEditing {

    private final TaskEditing editing;
    private final Tasks tasks;

    ResponsibilityEditing(TaskEditing editing, Tasks tasks) {
        this.editing = editing;
        this.tasks = tasks;
    }

    /**
     * Takes {@code fromUnit} off the task and, if {@code toUnit} is given, puts that unit in its place (lead if
     * the removed unit was lead).
     */
    @Transactional
    public void reassign(long taskId, long fromUnit, Long toUnit, String reason, String actor) {
        boolean lead = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("error.notFound"))
                .getResponsibilities().stream().anyMatch(r -> r.isLead() && Long.valueOf(fromUnit).equals(r.getUnitId()));
        if (toUnit != null) {
            editing.addUnit(new TaskEditing.Edit(taskId, version(taskId), reason, actor), toUnit, lead);
        }
        editing.removeUnit(new TaskEditing.Edit(taskId, version(taskId), reason, actor), fromUnit);
    }

    private long version(long taskId) {
        return tasks.findById(taskId).orElseThrow(() -> new NotFoundException("error.notFound")).getVersion();
    }
}
