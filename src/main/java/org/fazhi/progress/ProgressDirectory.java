package org.fazhi.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.platform.NotFoundException;
import org.fazhi.progress.internal.AssignmentView;
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

    ProgressDirectory(ProgressQueries queries) {
        this.queries = queries;
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
        return queries.reportsIn(READER, ReportState.SUBMITTED).size();
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
}
