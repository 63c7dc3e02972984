package org.fazhi.progress.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.identity.CurrentUser;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.plan.PlanSummary;
import org.fazhi.plan.ProgressLookup;
import org.fazhi.plan.ProgressMark;
import org.fazhi.plan.ProgressScope;
import org.fazhi.plan.TaskSummary;
import org.fazhi.plan.TrafficLight;
import org.fazhi.platform.NotFoundException;
import org.fazhi.progress.ProgressProperties;
import org.fazhi.progress.ReportState;
import org.fazhi.progress.SignState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the reporting loop: assignments with their periods, latest reports and lights, for a unit, a
 * plan or one assignment; also what the ledger shows ({@link ProgressLookup}).
 */
@Service
@Transactional(readOnly = true)
public class ProgressQueries implements ProgressLookup {

    private final AssignmentStore assignments;
    private final ReportStore reports;
    private final ReportPeriods periods;
    private final PlanSettings settings;
    private final PlanDirectory plans;
    private final UnitDirectory units;
    private final CalendarManagement calendar;
    private final ProgressProperties properties;
    private final Clock clock;
    private final MarksCache marksCache;

    ProgressQueries(AssignmentStore assignments, ReportStore reports, ReportPeriods periods, PlanSettings settings,
                    PlanDirectory plans,
                    UnitDirectory units, CalendarManagement calendar, ProgressProperties properties, Clock clock,
                    MarksCache marksCache) {
        this.assignments = assignments;
        this.reports = reports;
        this.periods = periods;
        this.settings = settings;
        this.plans = plans;
        this.units = units;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
        this.marksCache = marksCache;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The active assignments of a unit, newest plan first, in task order. */
    public List<AssignmentView> ofUnit(CurrentUser user, long unitId) {
        ProgressAccess.requireRead(user, unitId);
        return views(assignments.activeOfUnit(unitId));
    }

    /** Every active assignment of a plan (office and city leaders; a unit user sees only its own). */
    public List<AssignmentView> ofPlan(CurrentUser user, long planId) {
        ProgressScope scope = ProgressAccess.scope(user);
        return views(assignments.ofPlan(planId).stream().filter(AssignmentRow::active)
                .filter(a -> scope.readsReportsOf(a.unitId())).toList());
    }

    /** The assignments of a task whose reports {@code user} may read, retired ones included. */
    public List<AssignmentView> ofTask(CurrentUser user, long taskId) {
        ProgressScope scope = ProgressAccess.scope(user);
        return views(assignments.ofTask(taskId).stream().filter(a -> scope.readsReportsOf(a.unitId())).toList());
    }

    public AssignmentView one(CurrentUser user, long assignmentId) {
        AssignmentRow row = assignments.find(assignmentId).orElseThrow(() -> new NotFoundException("error.notFound"));
        ProgressAccess.requireRead(user, row.unitId());
        return views(List.of(row)).get(0);
    }

    /** Every version of the assignment's reports, newest first. */
    public List<ReportRow> versions(long assignmentId) {
        List<ReportRow> all = new ArrayList<>(reports.ofAssignment(assignmentId));
        all.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
        return all;
    }

    public Map<Long, List<ReportDecision>> decisions(Collection<Long> reportIds) {
        return reports.decisions(reportIds).stream().collect(Collectors.groupingBy(ReportDecision::reportId));
    }

    public ReportRow report(CurrentUser user, long reportId) {
        ReportRow report = reports.find(reportId).orElseThrow(() -> new NotFoundException("error.notFound"));
        ProgressAccess.requireRead(user, assignments.find(report.assignmentId()).orElseThrow().unitId());
        return report;
    }

    /** The most rows one page of the review queue shows, whatever is asked. */
    public static final int MAX_PAGE_SIZE = 500;

    /**
     * One page of the report versions waiting for the office's review (the office only), optionally of one
     * plan and/or one unit, oldest or newest submission first. A COUNT and a LIMIT/OFFSET query: only the rows
     * shown are read, whatever the queue's length.
     */
    public ReviewPage reviewQueue(CurrentUser user, Long planId, Long unitId, boolean newestFirst, int page,
                                  int size) {
        ProgressAccess.requireOffice(user);
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        long total = reports.countInState(ReportState.SUBMITTED, planId, unitId);
        int pageNo = (int) Math.max(1, Math.min(page, (total + pageSize - 1) / pageSize));
        List<ReportRow> rows = total == 0 ? List.of() : reports.inState(ReportState.SUBMITTED, planId, unitId,
                newestFirst, pageSize, (long) (pageNo - 1) * pageSize);
        Map<Long, AssignmentRow> rowsById = new HashMap<>();
        rows.forEach(r -> rowsById.computeIfAbsent(r.assignmentId(), id -> assignments.find(id).orElseThrow()));
        Map<Long, AssignmentView> byId = views(List.copyOf(rowsById.values())).stream()
                .collect(Collectors.toMap(v -> v.assignment().id(), Function.identity()));
        return new ReviewPage(rows.stream().map(r -> Map.entry(r, byId.get(r.assignmentId()))).toList(), pageNo,
                pageSize, total);
    }

    /** How many report versions wait for the office's review, optionally of one plan and/or unit (a COUNT). */
    public long awaitingReview(Long planId, Long unitId) {
        return reports.countInState(ReportState.SUBMITTED, planId, unitId);
    }

    /** The plans with versions waiting for review, with how many each, newest plan first. */
    public Map<Long, Long> plansAwaitingReview() {
        return reports.plansInState(ReportState.SUBMITTED);
    }

    /** The reporting loop's read rule ({@link ProgressAccess#scope}), for the ledger's pages and exports. */
    @Override
    public ProgressScope scope(CurrentUser reader) {
        return ProgressAccess.scope(reader);
    }

    @Override
    public List<ProgressMark> marks(long planId) {
        return marksCache.marks(planId, today(), () -> computeMarks(planId));
    }

    private List<ProgressMark> computeMarks(long planId) {
        return views(assignments.ofPlan(planId).stream().filter(AssignmentRow::active).toList()).stream()
                .map(v -> new ProgressMark(v.task().id(), v.assignment().unitId(), v.light(),
                        v.latestAccepted() == null ? null : "progress.status." + v.latestAccepted().status(),
                        v.latestAccepted() == null ? null : v.latestAccepted().doneText()))
                .toList();
    }

    List<AssignmentRow> assignmentsOfUnit(long unitId) {
        return assignments.activeOfUnit(unitId);
    }

    List<AssignmentView> views(List<AssignmentRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        WorkingCalendar cal = calendar.calendar();
        Map<Long, List<ReportRow>> byAssignment = reports.ofAssignments(rows.stream().map(AssignmentRow::id).toList())
                .stream().collect(Collectors.groupingBy(ReportRow::assignmentId));
        Map<Long, PlanSummary> planCache = new HashMap<>();
        Map<Long, TaskSummary> taskCache = new HashMap<>();
        Map<Long, List<ReportPeriod>> periodCache = new HashMap<>();
        Map<Long, PlanSettings.Setting> settingCache = new HashMap<>();
        List<AssignmentView> views = new ArrayList<>(rows.size());
        for (AssignmentRow row : rows) {
            PlanSummary plan = planCache.computeIfAbsent(row.planId(), id -> plans.plan(id).orElseThrow());
            if (!taskCache.containsKey(row.taskId())) {
                plans.tasks(row.planId()).forEach(t -> taskCache.put(t.id(), t));
            }
            TaskSummary task = taskCache.get(row.taskId());
            PlanSettings.Setting setting = settingCache.computeIfAbsent(row.planId(), settings::of);
            List<ReportPeriod> list = periodCache.computeIfAbsent(row.taskId(),
                    id -> periods.of(plan, setting, task.dueDate()));
            Map<String, ReportRow> latest = new HashMap<>();
            ReportRow accepted = null;
            for (ReportRow r : byAssignment.getOrDefault(row.id(), List.of())) {
                latest.merge(r.periodKey(), r, (a, b) -> a.versionNo() >= b.versionNo() ? a : b);
                if (r.accepted() && (accepted == null || r.createdAt().isAfter(accepted.createdAt()))) {
                    accepted = r;
                }
            }
            List<AssignmentView.PeriodView> periodViews = list.stream()
                    .map(p -> new AssignmentView.PeriodView(p, latest.get(p.key()))).toList();
            LocalDate signDue = cal.addWorkingDays(row.createdOn(), properties.signWorkingDays());
            boolean signOverdue = row.active() && row.signState() != SignState.SIGNED && signDue.isBefore(today);
            TrafficLight light = Lights.of(list, latest, today, properties.warnWorkingDays(), cal);
            views.add(new AssignmentView(row, plan, task, units.displayName(row.unitId()), light, signDue, signOverdue,
                    periodViews, accepted));
        }
        return views;
    }
}
