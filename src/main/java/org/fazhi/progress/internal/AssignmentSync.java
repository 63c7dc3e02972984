package org.fazhi.progress.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.UnitsMerged;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.plan.PlanImported;
import org.fazhi.plan.ResponsibilitiesChanged;
import org.fazhi.plan.TaskResponsibility;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps one assignment per (task, responsible unit) in step with the plan, inside the plan's own
 * transaction, so an import or edit and its assignments commit or roll back together. A unit that is no
 * longer responsible keeps its assignment as retired (with every report it made); one that becomes
 * responsible again gets the same assignment back.
 */
@Component
public class AssignmentSync {

    private final PlanDirectory plans;
    private final AssignmentStore assignments;
    private final Clock clock;
    private final MarksCache marks;

    AssignmentSync(PlanDirectory plans, AssignmentStore assignments, Clock clock, MarksCache marks) {
        this.plans = plans;
        this.marks = marks;
        this.assignments = assignments;
        this.clock = clock;
    }

    @EventListener
    void on(PlanImported event) {
        reconcile(event.planId());
    }

    @EventListener
    void on(ResponsibilitiesChanged event) {
        reconcile(event.planId());
    }

    /** Runs before the plan moves its responsibilities, so the reconcile that follows finds them moved. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(UnitsMerged event) {
        assignments.followMerge(event.mergedId(), event.intoId());
    }

    /**
     * Plans imported before this module existed (or while it was off) get their assignments when the
     * application starts; plans that have assignments are not read.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void backfill() {
        java.util.Set<Long> covered = new java.util.HashSet<>(assignments.plansWithAssignments());
        plans.plans().stream().filter(plan -> !covered.contains(plan.id())).forEach(plan -> reconcile(plan.id()));
    }

    void reconcile(long planId) {
        marks.changed();
        Map<String, AssignmentRow> existing = new HashMap<>();
        for (AssignmentRow row : assignments.ofPlan(planId)) {
            existing.put(row.taskId() + ":" + row.unitId(), row);
        }
        LocalDate today = LocalDate.now(clock);
        List<TaskResponsibility> current = plans.responsibilities(planId);
        for (TaskResponsibility r : current) {
            AssignmentRow row = existing.remove(r.taskId() + ":" + r.unitId());
            if (row == null) {
                assignments.insert(planId, r.taskId(), r.unitId(), r.lead(), today);
            } else if (!row.active() || row.lead() != r.lead()) {
                assignments.reactivate(row.id(), r.lead());
            }
        }
        existing.values().forEach(row -> assignments.retire(row.id()));
    }
}
