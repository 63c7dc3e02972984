package org.fazhi.supervision.internal;

import java.util.List;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.DeadlineSource;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.TrackedDeadline;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.springframework.stereotype.Component;

/**
 * Response deadlines of open supervision orders for the calendar: in the ICS feed of the unit's users, and
 * recomputed when the working-day calendar changes.
 */
@Component
class OrderDeadlines implements DeadlineSource {

    private final OrderStore store;
    private final CurrentUsers users;

    OrderDeadlines(OrderStore store, CurrentUsers users) {
        this.store = store;
        this.users = users;
    }

    @Override
    public List<TrackedDeadline> openDeadlines() {
        return store.notClosed().stream().filter(o -> o.state() == OrderState.OPEN).map(OrderDeadlines::tracked)
                .toList();
    }

    @Override
    public List<TrackedDeadline> openDeadlinesFor(String username) {
        return users.byUsername(username).filter(SupervisionAccess::isUnitUser).map(CurrentUser::unitId)
                .map(unit -> store.ofUnit(unit).stream().filter(o -> o.state() == OrderState.OPEN)
                        .map(OrderDeadlines::tracked).toList())
                .orElse(List.of());
    }

    private static TrackedDeadline tracked(SupervisionOrder o) {
        return new TrackedDeadline("supervision:order:" + o.id(), o.number(),
                DeadlineRequest.of(o.issuedOn(), Period.workingDays(o.responseDays())), Orders.link(o.id()));
    }
}
