package org.fazhi.plan.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.stream.Stream;
import org.fazhi.identity.CurrentUser;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.ProgressLookup;
import org.fazhi.plan.ProgressMark;
import org.fazhi.plan.internal.Plan;
import org.fazhi.plan.internal.PlanQueries;
import org.fazhi.plan.internal.PlanQueries.PlanView;
import org.fazhi.plan.internal.PlanQueries.SectionView;
import org.fazhi.plan.internal.PlanQueries.TaskView;
import org.fazhi.plan.internal.PlanQueries.UnitLine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lays a plan out as a {@link Ledger}: the whole plan, or only the tasks of one unit, with each (task, unit)'s
 * progress. The one place the ledger asks the {@link ProgressLookup} (implemented by the progress module; when
 * none is present, no progress is shown): the pages get their {@link Marks} from {@link #marks(long, CurrentUser)}
 * too, always as the reader's {@link org.fazhi.plan.ProgressScope} lets him read them (another unit's report text
 * never reaches a unit's page or export).
 */
@Service
public class LedgerBuilder {

    private final PlanQueries plans;
    private final UnitDirectory directory;
    private final ObjectProvider<ProgressLookup> progress;
    private final Map<Long, Map.Entry<List<ProgressMark>, Marks>> indexed = new ConcurrentHashMap<>();

    LedgerBuilder(PlanQueries plans, UnitDirectory directory, ObjectProvider<ProgressLookup> progress) {
        this.plans = plans;
        this.directory = directory;
        this.progress = progress;
    }

    /**
     * The progress marks of a plan's (task, unit) pairs as {@code reader} may read them; {@link Marks#NONE} without
     * a progress module or for a reader who reads no progress.
     */
    public Marks marks(long planId, CurrentUser reader) {
        ProgressLookup lookup = progress.getIfUnique();
        if (lookup == null) {
            return Marks.NONE;
        }
        return index(lookup, planId).seenBy(lookup.scope(reader));
    }

    private Marks index(ProgressLookup lookup, long planId) {
        List<ProgressMark> list = lookup.marks(planId);
        // the lookup hands out the same list while nothing changed: index it once, not on every page view
        Map.Entry<List<ProgressMark>, Marks> last = indexed.get(planId);
        if (last != null && last.getKey() == list) {
            return last.getValue();
        }
        Marks marks = Marks.of(list);
        indexed.put(planId, Map.entry(list, marks));
        return marks;
    }

    /**
     * The ledger of a plan as {@code reader} may read it; withdrawn tasks are left out. Who may ask for which
     * ledger is {@link LedgerAccess#requireMayExport}'s to say.
     *
     * @param unitId only the tasks this unit is responsible for, or {@code null} for all
     */
    @Transactional(readOnly = true)
    public Ledger build(long planId, Long unitId, CurrentUser reader) {
        PlanView view = plans.plan(planId);
        Plan plan = view.plan();
        Marks marks = marks(planId, reader);
        List<Ledger.Part> parts = new ArrayList<>();
        for (SectionView section : view.sections()) {
            List<Ledger.Item> items = section.tasks().stream()
                    .filter(t -> !t.task().isWithdrawn())
                    .filter(t -> unitId == null || responsible(t, unitId))
                    .map(t -> item(t, marks)).toList();
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

    static Ledger.Item item(TaskView t, Marks marks) {
        List<String> leads = t.leads().stream().map(UnitLine::name).toList();
        List<String> units = new ArrayList<>(t.partners().stream().map(UnitLine::name).toList());
        t.toDesignate().forEach(u -> units.add(u.name()));
        Set<String> written = new LinkedHashSet<>();
        t.partners().forEach(u -> written.add(u.viaTerm() != null ? u.viaTerm() : u.name()));
        t.toDesignate().forEach(u -> written.add(u.name()));
        var task = t.task();
        return new Ledger.Item(task.getId(), task.getNumber(), task.getLabel(), task.getTitle(), task.getBody(),
                leads, units, List.copyOf(written), task.getDueText(), task.getDueDate(), progress(t, marks));
    }

    /** Per spreadsheet row the marks its 进展情况 cell shows: the leads' on the first row, each partner's on its own. */
    static List<List<Ledger.Progress>> progress(TaskView t, Marks marks) {
        if (marks.isEmpty()) {
            return List.of();
        }
        long taskId = t.task().getId();
        List<List<Ledger.Progress>> rows = new ArrayList<>();
        int count = Math.max(1, t.partners().size() + t.toDesignate().size());
        for (int i = 0; i < count; i++) {
            List<Ledger.Progress> row = new ArrayList<>();
            if (i == 0) {
                t.leads().forEach(u -> add(row, u, true, marks, taskId));
            }
            if (i < t.partners().size()) {
                add(row, t.partners().get(i), false, marks, taskId);
            }
            rows.add(row);
        }
        return rows;
    }

    private static void add(List<Ledger.Progress> row, UnitLine unit, boolean lead, Marks marks, long taskId) {
        ProgressMark mark = marks.of(taskId, unit.unitId());
        if (mark != null) {
            row.add(new Ledger.Progress(unit.name(), lead, mark));
        }
    }
}
