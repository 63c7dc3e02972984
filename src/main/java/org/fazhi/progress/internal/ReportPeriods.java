package org.fazhi.progress.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.plan.PlanSummary;
import org.fazhi.plan.TaskSummary;
import org.springframework.stereotype.Component;

/** The reporting periods of assignments, from their plan's cycle, the plan year and the task's own deadline. */
@Component
public class ReportPeriods {

    private final PlanDirectory plans;
    private final PlanSettings settings;
    private final CalendarManagement calendar;
    private final Clock clock;

    ReportPeriods(PlanDirectory plans, PlanSettings settings, CalendarManagement calendar, Clock clock) {
        this.plans = plans;
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<ReportPeriod> of(AssignmentRow assignment) {
        TaskSummary task = plans.task(assignment.taskId()).orElseThrow();
        return of(assignment.planId(), task.dueDate());
    }

    /** The periods of a task in {@code planId} whose own deadline is {@code taskDue} (may be null). */
    public List<ReportPeriod> of(long planId, LocalDate taskDue) {
        PlanSettings.Setting setting = settings.of(planId);
        return Periods.of(year(planId, taskDue), setting.frequency(), setting.dueWorkingDays(), taskDue,
                calendar.calendar());
    }

    /** The plan's year: as the notice gives it, else the year of the task's deadline, else this year. */
    public int year(long planId, LocalDate taskDue) {
        Integer year = plans.plan(planId).map(PlanSummary::year).orElse(null);
        if (year != null) {
            return year;
        }
        return taskDue != null ? taskDue.getYear() : LocalDate.now(clock).getYear();
    }
}
