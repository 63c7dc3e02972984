package org.fazhi.disclosure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.DeadlineSource;
import org.fazhi.calendar.TrackedDeadline;
import org.fazhi.identity.CurrentUsers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the calendar about open disclosure deadlines (补正 notice and reply), so a calendar change recomputes
 * them and users' ICS feeds carry them: a liaison or unit leader gets its unit's, the coordinator and city
 * leader every unit's.
 */
@Component
class DisclosureDeadlineSource implements DeadlineSource {

    private final DisclosureRequests requests;
    private final CalendarManagement calendar;
    private final CurrentUsers users;
    private final MessageSource messages;

    DisclosureDeadlineSource(DisclosureRequests requests, CalendarManagement calendar, CurrentUsers users,
                             MessageSource messages) {
        this.requests = requests;
        this.calendar = calendar;
        this.users = users;
        this.messages = messages;
    }

    @Override
    public List<TrackedDeadline> openDeadlines() {
        return tracked(requests.findByStatusIn(List.of(Status.OPEN)));
    }

    @Override
    public List<TrackedDeadline> openDeadlinesFor(String username) {
        return users.byUsername(username).map(user -> tracked(requests.findByStatusIn(List.of(Status.OPEN)).stream()
                .filter(r -> DisclosureAccess.SCOPE.mayRead(user, r.getUnitId())).toList())).orElse(List.of());
    }

    private List<TrackedDeadline> tracked(List<DisclosureRequest> open) {
        List<TrackedDeadline> all = new ArrayList<>();
        for (DisclosureRequest r : open) {
            ReplyClock.correctionNotice(r, calendar.rules()).ifPresent(d -> all.add(new TrackedDeadline(
                    "disclosure:" + r.getId() + ":correctionNotice", title("correctionNotice", r), d, "/disclosure/" + r.getId())));
            ReplyClock.reply(r, calendar.rules()).ifPresent(d -> all.add(new TrackedDeadline(
                    "disclosure:" + r.getId() + ":reply", title("reply", r), d, "/disclosure/" + r.getId())));
        }
        return all;
    }

    private String title(String which, DisclosureRequest r) {
        return messages.getMessage("disclosure.deadline." + which, new Object[] {String.valueOf(r.getId()), r.getRequesterName()},
                Locale.SIMPLIFIED_CHINESE);
    }
}
