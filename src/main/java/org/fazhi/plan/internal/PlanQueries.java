package org.fazhi.plan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of plans: what the plan and task pages show, with unit names from the registry. */
@Service
public class PlanQueries {

    /** A plan with its sections and tasks in notice order. */
    public record PlanView(Plan plan, List<SectionView> sections, int taskCount) {
    }

    /** A section and its tasks. */
    public record SectionView(Section section, List<TaskView> tasks) {
    }

    /** A task with its units named for display. */
    public record TaskView(Task task, List<UnitLine> leads, List<UnitLine> partners, List<UnitLine> toDesignate) {
    }

    /** One responsible unit as shown: its name and the collective term it came through, if any. */
    public record UnitLine(Long unitId, String name, String viaTerm) {
    }

    private final Plans plans;
    private final Tasks tasks;
    private final TaskChanges changes;
    private final UnitDirectory directory;

    PlanQueries(Plans plans, Tasks tasks, TaskChanges changes, UnitDirectory directory) {
        this.plans = plans;
        this.tasks = tasks;
        this.changes = changes;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public List<Plan> plans() {
        return plans.findAllByOrderByIssuedOnDescIdDesc();
    }

    @Transactional(readOnly = true)
    public PlanView plan(long id) {
        Plan plan = plans.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        Map<Long, List<TaskView>> bySection = new LinkedHashMap<>();
        List<Task> all = tasks.findByPlanIdOrderByNumber(id);
        for (Task task : all) {
            bySection.computeIfAbsent(task.getSection().getId(), k -> new ArrayList<>()).add(view(task));
        }
        List<SectionView> sections = plan.getSections().stream()
                .map(s -> new SectionView(s, bySection.getOrDefault(s.getId(), List.of()))).toList();
        return new PlanView(plan, sections, all.size());
    }

    @Transactional(readOnly = true)
    public List<TaskChange> history(long taskId) {
        return changes.findByTaskIdOrderByOccurredAtAscIdAsc(taskId);
    }

    /** A task with its responsible units named and grouped by role. */
    public TaskView view(Task task) {
        List<UnitLine> leads = new ArrayList<>();
        List<UnitLine> partners = new ArrayList<>();
        List<UnitLine> designate = new ArrayList<>();
        for (Responsibility r : task.getResponsibilities()) {
            if (r.isToDesignate()) {
                designate.add(new UnitLine(null, r.getWrittenName(), r.getViaTerm()));
                continue;
            }
            UnitLine line = new UnitLine(r.getUnitId(), directory.displayName(r.getUnitId()), r.getViaTerm());
            (r.isLead() ? leads : partners).add(line);
        }
        return new TaskView(task, leads, partners, designate);
    }
}
