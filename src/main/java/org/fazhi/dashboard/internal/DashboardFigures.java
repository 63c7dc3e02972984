package org.fazhi.dashboard.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.plan.PlanSummary;
import org.fazhi.platform.Changes;
import org.fazhi.platform.KeptValues;
import org.fazhi.platform.NotFoundException;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.supervision.SupervisionDirectory;
import org.springframework.stereotype.Service;

/**
 * A plan's figures, computed once and kept until they may have changed: the reporting loop's change counter
 * ({@link ProgressDirectory#changeCount()}, which moves on every report, review, sign-for, adjustment,
 * assignment or reporting-setting change, after it commits), the day (lights and "due day passed" depend on it),
 * and the versions of plans, units and the calendar ({@link Changes}: imports, responsibilities, names, kinds,
 * sections, due days) — each moved by a change on this instance or on another one on the same database. The open
 * supervision orders and 整改 items are kept under {@link SupervisionDirectory#CHANGES_TOPIC}.
 * No access check here: the web layer admits only the office and city leaders.
 */
@Service
public class DashboardFigures {

    /** The versions of what the figures are computed from. */
    private record Versions(long progress, long plans, long units, long calendar) {
    }

    private record Entry(Versions versions, LocalDate day, PlanFigures figures) {
    }

    private final PlanDirectory plans;
    private final ProgressDirectory progress;
    private final UnitDirectory units;
    private final SupervisionDirectory supervision;
    private final java.time.Clock clock;
    private final Changes changes;
    private final Map<Long, Entry> cache = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();
    /** Open orders per set of assignments and open items per plan, kept while urges, orders and items stand. */
    private final KeptValues<List<Long>, Map<Long, List<Long>>> openOrders;
    private final KeptValues<ItemsKey, Integer> openItems;

    private record ItemsKey(long planId, List<Long> assignmentIds) {
    }

    /** A plan's kept figures with the open orders kept for them: the same two give the same instance back. */
    private record WithOrders(PlanFigures base, Map<Long, List<Long>> orders, PlanFigures figures) {
    }

    private final Map<Long, WithOrders> withOrders = new ConcurrentHashMap<>();

    DashboardFigures(PlanDirectory plans, ProgressDirectory progress, UnitDirectory units,
                     SupervisionDirectory supervision, java.time.Clock clock, Changes changes) {
        this.changes = changes;
        this.openOrders = new KeptValues<>(changes, SupervisionDirectory.CHANGES_TOPIC);
        this.openItems = new KeptValues<>(changes, SupervisionDirectory.CHANGES_TOPIC);
        this.plans = plans;
        this.progress = progress;
        this.units = units;
        this.supervision = supervision;
        this.clock = clock;
    }

    /**
     * Kept until plans change ({@link Changes#PLAN}, here or on another instance), and at most a minute: a province
     * has a thousand plans and the selector lists them on every view.
     */
    private volatile KeptPlans planList;

    private record KeptPlans(long at, long version, List<PlanSummary> plans) {
    }

    /** Every plan, newest first. */
    public List<PlanSummary> plans() {
        KeptPlans kept = planList;
        long version = changes.version(Changes.PLAN);
        if (kept == null || kept.version() != version || clock.millis() - kept.at() > 60_000) {
            kept = new KeptPlans(clock.millis(), version, List.copyOf(plans.plans()));
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
        List<Long> ids = cached.facts().stream().map(AssignmentFact::assignmentId).toList();
        Map<Long, List<Long>> orders = openOrders.get(ids, () -> Map.copyOf(supervision.openOrdersOf(ids)));
        if (orders.isEmpty()) {
            return cached;
        }
        WithOrders kept = withOrders.get(planId);
        if (kept != null && kept.base() == cached && kept.orders() == orders) {
            return kept.figures();
        }
        int distinct = (int) orders.values().stream().flatMap(List::stream).distinct().count();
        PlanFigures figures = new PlanFigures(cached.planId(), cached.day(), cached.facts().stream()
                .map(f -> f.withOrders(orders.getOrDefault(f.assignmentId(), List.of()).size())).toList(),
                cached.total(), cached.sections(), cached.kinds(), cached.units(), cached.lateUnits(), distinct);
        withOrders.put(planId, new WithOrders(cached, orders, figures));
        return figures;
    }

    /**
     * Open rectifications (整改) of the plan: raised by an order about one of its assignments or by a circular on
     * the plan, not yet closed or voided. Kept while no urge, order or item is written (items change without a
     * progress write): {@link SupervisionDirectory#CHANGES_TOPIC}.
     */
    public OptionalInt openRectifications(PlanFigures figures) {
        List<Long> ids = figures.facts().stream().map(AssignmentFact::assignmentId).toList();
        return OptionalInt.of(openItems.get(new ItemsKey(figures.planId(), ids),
                () -> supervision.openRectifications(figures.planId(), ids)));
    }

    private PlanFigures cached(long planId) {
        // the same clock as the reporting loop's today (fazhi.time-zone), without a transaction per request
        LocalDate today = LocalDate.now(clock);
        Versions versions = new Versions(progress.changeCount(), changes.version(Changes.PLAN),
                changes.version(Changes.ORGANIZATION), changes.version(Changes.CALENDAR));
        Entry entry = cache.get(planId);
        if (valid(entry, versions, today)) {
            return entry.figures();
        }
        // one computation per plan at a time: 32 requests arriving after a change wait for the first one
        synchronized (locks.computeIfAbsent(planId, k -> new Object())) {
            entry = cache.get(planId);
            if (valid(entry, versions, today)) {
                return entry.figures();
            }
            PlanFigures figures = FigureBuilder.build(planId, today, progress.recordsOfPlan(planId),
                    plans.sections(planId), id -> units.find(id).orElse(null));
            cache.put(planId, new Entry(versions, today, figures));
            return figures;
        }
    }

    private static boolean valid(Entry entry, Versions versions, LocalDate today) {
        return entry != null && entry.versions().equals(versions) && entry.day().equals(today);
    }
}
