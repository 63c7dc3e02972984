package org.fazhi.plan.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.internal.Plan;
import org.fazhi.plan.internal.PlanQueries;
import org.fazhi.plan.internal.PlanQueries.PlanView;
import org.fazhi.plan.internal.PlanQueries.SectionView;
import org.fazhi.plan.internal.PlanQueries.TaskView;
import org.fazhi.plan.internal.PlanQueries.UnitLine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lays a plan out as a {@link Ledger}: the whole plan, or only the tasks of one unit. */
@Service
public class LedgerBuilder {

    private final PlanQueries plans;
    private final UnitDirectory directory;

    LedgerBuilder(PlanQueries plans, UnitDirectory directory) {
        this.plans = plans;
        this.directory = directory;
    }

    /**
     * The ledger of a plan; withdrawn tasks are left out.
     *
     * @param unitId only the tasks this unit is responsible for, or {@code null} for all
     */
    @Transactional(readOnly = true)
    public Ledger build(long planId, Long unitId) {
        PlanView view = plans.plan(planId);
        Plan plan = view.plan();
        List<Ledger.Part> parts = new ArrayList<>();
        for (SectionView section : view.sections()) {
            List<Ledger.Item> items = section.tasks().stream()
                    .filter(t -> !t.task().isWithdrawn())
                    .filter(t -> unitId == null || responsible(t, unitId))
                    .map(LedgerBuilder::item).toList();
            if (!items.isEmpty() || unitId == null) {
                parts.add(new Ledger.Part(section.section().getNumber(), section.section().getHeading(), items));
            }
        }
        String unitName = unitId == null ? null : directory.displayName(unitId);
        return new Ledger(plan.getTitle(), plan.getDocNumber(), plan.getIssuer(), plan.getIssuedOn(), unitName, parts);
    }

    private static boolean responsible(TaskView t, long unitId) {
        return Stream.concat(t.leads().stream(), t.partners().stream()).anyMatch(u -> u.unitId() == unitId);
    }

    static Ledger.Item item(TaskView t) {
        List<String> leads = t.leads().stream().map(UnitLine::name).toList();
        List<String> units = new ArrayList<>(t.partners().stream().map(UnitLine::name).toList());
        t.toDesignate().forEach(u -> units.add(u.name()));
        Set<String> written = new LinkedHashSet<>();
        t.partners().forEach(u -> written.add(u.viaTerm() != null ? u.viaTerm() : u.name()));
        t.toDesignate().forEach(u -> written.add(u.name()));
        var task = t.task();
        return new Ledger.Item(task.getId(), task.getNumber(), task.getLabel(), task.getTitle(), task.getBody(),
                leads, units, List.copyOf(written), task.getDueText(), task.getDueDate());
    }
}
