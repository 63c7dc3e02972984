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
        return of(plans.plan(planId).orElseThrow(), settings.of(planId), taskDue);
    }

    /** The same, with the plan and its setting already read (pages that list many assignments). */
    List<ReportPeriod> of(PlanSummary plan, PlanSettings.Setting setting, LocalDate taskDue) {
        return Periods.of(year(plan, taskDue), setting.frequency(), setting.dueWorkingDays(), taskDue,
                calendar.calendar());
    }

    /** The plan's year: as the notice gives it, else the year of the task's deadline, else this year. */
    private int year(PlanSummary plan, LocalDate taskDue) {
        if (plan.year() != null) {
            return plan.year();
        }
        return taskDue != null ? taskDue.getYear() : LocalDate.now(clock).getYear();
    }
}
