package org.fazhi.progress.internal;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.DeadlineSource;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.TrackedDeadline;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The report due days of open periods, for the calendar: a unit user's ICS feed carries its unit's, and a
 * calendar change recomputes them. A period's report is due a number of working days after the period ends.
 */
@Component
class ProgressDeadlines implements DeadlineSource {

    private final ProgressQueries queries;
    private final CurrentUsers users;
    private final JdbcTemplate jdbc;
    private final PlanSettings settings;

    ProgressDeadlines(ProgressQueries queries, CurrentUsers users, JdbcTemplate jdbc, PlanSettings settings) {
        this.queries = queries;
        this.users = users;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<TrackedDeadline> openDeadlines() {
        List<TrackedDeadline> all = new ArrayList<>();
        for (Long unit : jdbc.queryForList("select distinct unit_id from progress_assignment where active", Long.class)) {
            all.addAll(deadlines(queries.views(queries.assignmentsOfUnit(unit))));
        }
        return all;
    }

    @Override
    public List<TrackedDeadline> openDeadlinesFor(String username) {
        return users.byUsername(username).filter(ProgressAccess::isUnitUser).map(CurrentUser::unitId)
                .map(unit -> deadlines(queries.views(queries.assignmentsOfUnit(unit)))).orElse(List.of());
    }

    /** Open periods of the cycle; a task's own deadline is a fixed day, not a period, and is left out. */
    private List<TrackedDeadline> deadlines(List<AssignmentView> views) {
        List<TrackedDeadline> out = new ArrayList<>();
        for (AssignmentView view : views) {
            int days = settings.of(view.plan().id()).dueWorkingDays();
            for (AssignmentView.PeriodView p : view.periods()) {
                ReportPeriod period = p.period();
                if (!p.open() || period.key().equals(Periods.TASK) || days < 1) {
                    continue;
                }
                out.add(new TrackedDeadline("progress:" + view.assignment().id() + ":" + period.key(),
                        view.task().title() + " (" + period.key() + ")",
                        DeadlineRequest.of(period.end(), Period.workingDays(days)),
                        "/progress/assignments/" + view.assignment().id()));
            }
        }
        return out;
    }
}
