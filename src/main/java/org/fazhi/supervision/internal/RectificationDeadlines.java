package org.fazhi.supervision.internal;

import java.util.List;
import org.fazhi.calendar.DeadlineSource;
import org.fazhi.calendar.TrackedDeadline;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.springframework.stereotype.Component;

/**
 * Deadlines of 整改 items not yet closed, for the calendar: in the ICS feed of the unit's users, and recomputed
 * when the working-day calendar changes.
 */
@Component
class RectificationDeadlines implements DeadlineSource {

    private final RectificationStore store;
    private final CurrentUsers users;

    RectificationDeadlines(RectificationStore store, CurrentUsers users) {
        this.store = store;
        this.users = users;
    }

    @Override
    public List<TrackedDeadline> openDeadlines() {
        return store.notClosed().stream().map(RectificationDeadlines::tracked).toList();
    }

    @Override
    public List<TrackedDeadline> openDeadlinesFor(String username) {
        return users.byUsername(username).filter(SupervisionAccess::isUnitUser).map(CurrentUser::unitId)
                .map(unit -> store.list(unit, null, 1000).stream().filter(r -> !r.closed())
                        .map(RectificationDeadlines::tracked).toList())
                .orElse(List.of());
    }

    static TrackedDeadline tracked(Rectification r) {
        String text = r.requirement().length() > 40 ? r.requirement().substring(0, 40) + "…" : r.requirement();
        return new TrackedDeadline("supervision:rectification:" + r.id(), r.sourceLabel() + " " + text,
                Rectifications.request(r.raisedOn(), r.workingDays(), r.dueOn()), "/supervision/rectifications/" + r.id());
    }
}
