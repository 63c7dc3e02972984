package org.fazhi.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.platform.NotFoundException;
import org.fazhi.progress.internal.AssignmentView;
import org.fazhi.progress.internal.PlanRecords;
import org.fazhi.progress.internal.ProgressQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only view of assignments for other modules, by ID, with no access check of its own: the caller
 * decides who may see what. Lights and dues are those of the reporting loop's own pages.
 */
@Service
@Transactional(readOnly = true)
public class ProgressDirectory {

    /** Reads as a city leader would: every unit, nothing changed. */
    private static final CurrentUser READER = new CurrentUser(0, "system", "system", null, Set.of(Role.CITY_LEADER));

    private final ProgressQueries queries;
    private final PlanRecords records;

    ProgressDirectory(ProgressQueries queries, PlanRecords records) {
        this.queries = queries;
        this.records = records;
    }

    /** The official "today" of the reporting loop. */
    public LocalDate today() {
        return queries.today();
    }

    /** One assignment, retired or not. */
    public Optional<AssignmentStatus> assignment(long assignmentId) {
        try {
            return Optional.of(status(queries.one(READER, assignmentId)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The active assignments of a unit. */
    public List<AssignmentStatus> ofUnit(long unitId) {
        return queries.ofUnit(READER, unitId).stream().map(ProgressDirectory::status).toList();
    }

    /** The active assignments of a plan. */
    public List<AssignmentStatus> ofPlan(long planId) {
        return queries.ofPlan(READER, planId).stream().map(ProgressDirectory::status).toList();
    }

    /** How many report versions wait for the office's review. */
    public int reportsAwaitingReview() {
        return (int) queries.awaitingReview(null, null);
    }

    private static AssignmentStatus status(AssignmentView v) {
        boolean done = v.latestAccepted() != null && v.latestAccepted().status() == ReportStatus.DONE;
        List<LocalDate> dues = v.periods().stream()
                .filter(p -> p.latest() == null || !p.latest().state().delivered())
                .map(p -> p.period().due()).sorted().toList();
        return new AssignmentStatus(v.assignment().id(), v.assignment().planId(), v.task().id(), v.task().label(),
                v.task().title(), v.assignment().unitId(), v.unitName(), v.assignment().active(), done, v.light(),
                dues, v.periods().stream().map(p -> p.period().due()).sorted().toList());
    }

    /**
     * The active assignments of a plan with each period's delivery and the versions awaiting review — what a
     * dashboard counts. Two queries for the reports whatever the plan's size.
     */
    public List<AssignmentRecord> recordsOfPlan(long planId) {
        java.util.Map<Long, java.util.Map<String, PlanRecords.Submissions>> submitted = records.submissions(planId);
        return queries.ofPlan(READER, planId).stream().map(v -> {
            java.util.Map<String, PlanRecords.Submissions> mine = submitted.getOrDefault(v.assignment().id(),
                    java.util.Map.of());
            List<PeriodDelivery> periods = v.periods().stream().map(p -> {
                PlanRecords.Submissions s = mine.get(p.period().key());
                return new PeriodDelivery(p.period().key(), p.period().due(), s == null ? null : s.firstSubmittedOn(),
                        p.latest() != null && p.latest().state().delivered());
            }).toList();
            int awaiting = mine.values().stream().mapToInt(PlanRecords.Submissions::awaitingReview).sum();
            return new AssignmentRecord(status(v), periods, awaiting);
        }).toList();
    }

    /**
     * A counter that grows whenever anything in the reporting loop changes (reports, reviews, sign-for,
     * adjustments, assignments, reporting settings): figures computed at one value stay valid while it holds,
     * except for what depends on the day (lights).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public long changeCount() {
        return records.changeCount();
    }
}
