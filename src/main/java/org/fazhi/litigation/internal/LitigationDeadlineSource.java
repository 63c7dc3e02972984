package org.fazhi.litigation.internal;

import java.util.List;
import java.util.Locale;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.DeadlineSource;
import org.fazhi.calendar.TrackedDeadline;
import org.fazhi.identity.CurrentUsers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Open defence deadlines (行政诉讼法 第六十七条) for calendar recomputation and users' ICS feeds. */
@Component
class LitigationDeadlineSource implements DeadlineSource {

    private final LitigationCases cases;
    private final CalendarManagement calendar;
    private final CurrentUsers users;
    private final MessageSource messages;

    LitigationDeadlineSource(LitigationCases cases, CalendarManagement calendar, CurrentUsers users,
                             MessageSource messages) {
        this.cases = cases;
        this.calendar = calendar;
        this.users = users;
        this.messages = messages;
    }

    @Override
    public List<TrackedDeadline> openDeadlines() {
        return tracked(open());
    }

    @Override
    public List<TrackedDeadline> openDeadlinesFor(String username) {
        return users.byUsername(username).map(user -> tracked(open().stream()
                .filter(c -> LitigationAccess.SCOPE.mayRead(user, c.getUnitId())).toList())).orElse(List.of());
    }

    private List<LitigationCase> open() {
        return cases.findByStatus(LitigationStatus.OPEN).stream().filter(c -> c.getDefenceSubmittedOn() == null).toList();
    }

    private List<TrackedDeadline> tracked(List<LitigationCase> open) {
        return open.stream().map(c -> new TrackedDeadline("litigation:" + c.getId() + ":defence",
                messages.getMessage("litigation.deadline.defence", new Object[] {c.getCaseNumber()},
                        Locale.SIMPLIFIED_CHINESE), LitigationDeadlines.defence(c, calendar), "/litigation/" + c.getId())).toList();
    }
}
