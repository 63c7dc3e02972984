package org.fazhi.supervision;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.supervision.internal.Orders;
import org.fazhi.supervision.internal.Rectification;
import org.fazhi.supervision.internal.Rectifications;
import org.fazhi.supervision.internal.SupervisionOrder;
import org.fazhi.supervision.internal.UrgeStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only view of urges for other modules (e.g. to show them on the progress pages later); no access check:
 * the caller shows them only to those who may see the unit.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionDirectory {

    /**
     * The {@code platform.Changes} topic of urges, orders and 整改 items: moved by every write to them (and by a
     * calendar change that moves their due dates), so what other modules keep from this directory follows them.
     */
    public static final String CHANGES_TOPIC = "supervision";

    private final UrgeStore urges;
    private final Orders orders;
    private final Rectifications rectifications;
    private final ProgressDirectory progress;

    SupervisionDirectory(UrgeStore urges, Orders orders, Rectifications rectifications, ProgressDirectory progress) {
        this.urges = urges;
        this.orders = orders;
        this.rectifications = rectifications;
        this.progress = progress;
    }

    /** The urges of one assignment, newest first. */
    public List<UrgeRecord> urgesOf(long assignmentId) {
        return urges.ofAssignment(assignmentId);
    }

    /** The urges of one unit, newest first. */
    public List<UrgeRecord> urgesOfUnit(long unitId) {
        return urges.ofUnit(unitId);
    }

    /**
     * Open supervision orders and open 整改 items (for the dashboard), optionally only of one plan (orders about
     * one of its assignments; items raised by such an order or by a circular on the plan) and/or one unit
     * ({@code null} = all). Overdue is counted on the clock's day.
     */
    public OpenSupervision openCounts(Long planId, Long unitId) {
        Set<Long> planAssignments = planId == null ? null : progress.ofPlan(planId).stream()
                .map(AssignmentStatus::id).collect(Collectors.toSet());
        List<SupervisionOrder> open = orders.notClosed().stream()
                .filter(o -> unitId == null || o.unitId() == unitId)
                .filter(o -> planAssignments == null || o.items().stream()
                        .anyMatch(i -> planAssignments.contains(i.assignmentId()))).toList();
        List<Rectification> items = openItems(planId, planAssignments, unitId);
        java.time.LocalDate today = progress.today();
        return new OpenSupervision(open.size(), items.size(), (int) items.stream().filter(r -> r.overdueOn(today))
                .count());
    }

    /**
     * Open 整改 items of one plan whose assignments the caller already knows (the dashboard's cached figures):
     * raised by an order about one of {@code assignmentIds} or by a circular on the plan.
     */
    public int openRectifications(long planId, java.util.Collection<Long> assignmentIds) {
        return openItems(planId, Set.copyOf(assignmentIds), null).size();
    }

    private List<Rectification> openItems(Long planId, Set<Long> planAssignments, Long unitId) {
        if (planId != null) {
            return rectifications.openOfPlan(planId, planAssignments, unitId);
        }
        return rectifications.notClosed().stream().filter(r -> unitId == null || r.unitId() == unitId).toList();
    }

    /**
     * 督办 not yet closed (open or answered, waiting for the office to close them) that name any of
     * {@code assignmentIds}: for each such assignment, the ids of those orders (for the dashboard).
     */
    public java.util.Map<Long, List<Long>> openOrdersOf(java.util.Collection<Long> assignmentIds) {
        return orders.openOrdersOf(assignmentIds);
    }
}
