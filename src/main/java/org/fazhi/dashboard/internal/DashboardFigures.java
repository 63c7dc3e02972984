package org.fazhi.dashboard.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.calendar.CalendarChanged;
import org.fazhi.organization.UnitCreated;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitRenamed;
import org.fazhi.organization.UnitsMerged;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.plan.PlanImported;
import org.fazhi.plan.PlanSummary;
import org.fazhi.plan.ResponsibilitiesChanged;
import org.fazhi.platform.NotFoundException;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.supervision.SupervisionDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A plan's figures, computed once and kept until they may have changed: the reporting loop's change counter
 * ({@link ProgressDirectory#changeCount()}, which moves on every report, review, sign-for, adjustment,
 * assignment or reporting-setting change, after it commits), the day (lights and "due day passed" depend on it),
 * and the plan, unit and calendar events that change what is shown (names, kinds, sections, due days). Only the
 * open supervision orders are read on each request — one small query over orders that are not closed.
 * No access check here: the web layer admits only the office and city leaders.
 */
@Service
public class DashboardFigures {

    private record Entry(long changeCount, LocalDate day, PlanFigures figures) {
    }

    private final PlanDirectory plans;
    private final ProgressDirectory progress;
    private final UnitDirectory units;
    private final SupervisionDirectory supervision;
    private final java.time.Clock clock;
    private final Map<Long, Entry> cache = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    DashboardFigures(PlanDirectory plans, ProgressDirectory progress, UnitDirectory units,
                     SupervisionDirectory supervision, java.time.Clock clock) {
        this.plans = plans;
        this.progress = progress;
        this.units = units;
        this.supervision = supervision;
        this.clock = clock;
    }

    /** Every plan, newest first. */
    /**
     * Kept until a plan is imported here, and at most a minute (another instance may import one): a province has a
     * thousand plans and the selector lists them on every view.
     */
    private volatile KeptPlans planList;

    private record KeptPlans(long at, List<PlanSummary> plans) {
    }

    public List<PlanSummary> plans() {
        KeptPlans kept = planList;
        if (kept == null || clock.millis() - kept.at() > 60_000) {
            kept = new KeptPlans(clock.millis(), List.copyOf(plans.plans()));
            planList = kept;
        }
        return kept.plans();
    }

    /** The plan to show: the one asked for, or the newest; empty when there is no plan at all. */
    public java.util.Optional<PlanSummary> plan(Long planId) {
        if (planId == null) {
            return plans().stream().findFirst();
        }
        return java.util.Optional.of(plans.plan(planId).orElseThrow(() -> new NotFoundException("error.notFound")));
    }

    /** The plan's section headings by number. */
    public Map<Integer, String> sectionHeadings(long planId) {
        Map<Integer, String> headings = new java.util.HashMap<>();
        plans.sections(planId).forEach(s -> headings.put(s.number(), s.heading()));
        return headings;
    }

    /** The plan's figures with the supervision orders open now. */
    public PlanFigures of(long planId) {
        PlanFigures cached = cached(planId);
        Map<Long, List<Long>> orders = supervision.openOrdersOf(
                cached.facts().stream().map(AssignmentFact::assignmentId).toList());
        if (orders.isEmpty()) {
            return cached;
        }
        int distinct = (int) orders.values().stream().flatMap(List::stream).distinct().count();
        return new PlanFigures(cached.planId(), cached.day(), cached.facts().stream()
                .map(f -> f.withOrders(orders.getOrDefault(f.assignmentId(), List.of()).size())).toList(),
                cached.total(), cached.sections(), cached.kinds(), cached.units(), cached.lateUnits(), distinct);
    }

    /**
     * Open rectifications (整改) of the plan: raised by an order about one of its assignments or by a circular on
     * the plan, not yet closed or voided. Read live (not cached): items change without a progress write.
     */
    public OptionalInt openRectifications(PlanFigures figures) {
        return OptionalInt.of(supervision.openRectifications(figures.planId(),
                figures.facts().stream().map(AssignmentFact::assignmentId).toList()));
    }

    private PlanFigures cached(long planId) {
        // the same clock as the reporting loop's today (fazhi.time-zone), without a transaction per request
        LocalDate today = LocalDate.now(clock);
        long count = progress.changeCount();
        Entry entry = cache.get(planId);
        if (valid(entry, count, today)) {
            return entry.figures();
        }
        // one computation per plan at a time: 32 requests arriving after a change wait for the first one
        synchronized (locks.computeIfAbsent(planId, k -> new Object())) {
            entry = cache.get(planId);
            if (valid(entry, count, today)) {
                return entry.figures();
            }
            PlanFigures figures = FigureBuilder.build(planId, today, progress.recordsOfPlan(planId),
                    plans.sections(planId), id -> units.find(id).orElse(null));
            cache.put(planId, new Entry(count, today, figures));
            return figures;
        }
    }

    private static boolean valid(Entry entry, long count, LocalDate today) {
        return entry != null && entry.changeCount() == count && entry.day().equals(today);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PlanImported event) {
        planList = null;
        cache.remove(event.planId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ResponsibilitiesChanged event) {
        cache.remove(event.planId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(UnitRenamed event) {
        cache.clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(UnitsMerged event) {
        cache.clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(UnitCreated event) {
        cache.clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CalendarChanged event) {
        cache.clear();
    }
}
