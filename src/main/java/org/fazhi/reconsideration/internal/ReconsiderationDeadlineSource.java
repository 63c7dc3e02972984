package org.fazhi.reconsideration.internal;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.calendar.DeadlineSource;
import org.fazhi.calendar.TrackedDeadline;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The register's open deadlines for the calendar: recomputed when the calendar or a rule's figure changes,
 * and carried in each user's ICS feed — the cases the user may see (the office and city leaders all, a unit
 * the cases against it).
 */
@Component
class ReconsiderationDeadlineSource implements DeadlineSource {

    private final CaseStore store;
    private final CaseDeadlines deadlines;
    private final CurrentUsers users;

    ReconsiderationDeadlineSource(CaseStore store, DeadlineMath math, CurrentUsers users) {
        this.store = store;
        this.deadlines = new CaseDeadlines(math);
        this.users = users;
    }

    @Override
    public List<TrackedDeadline> openDeadlines() {
        return open(null);
    }

    @Override
    public List<TrackedDeadline> openDeadlinesFor(String username) {
        return users.byUsername(username).filter(user -> user.seesAllUnits() || user.unitId() != null)
                .map(this::open).orElse(List.of());
    }

    private List<TrackedDeadline> open(CurrentUser user) {
        Long scope = user == null || user.seesAllUnits() ? null : user.unitId();
        List<TrackedDeadline> result = new ArrayList<>();
        for (StoredCase c : store.list(new CaseStore.Filter(null, null, scope, null, null, true))) {
            for (CaseDeadline d : deadlines.of(c.file())) {
                if (d.open() && d.request() != null) {
                    String what = d.request().rule() == null ? d.kind().name() : d.request().rule().name().zh();
                    result.add(new TrackedDeadline("reconsideration:" + c.id() + ":" + d.kind().name(),
                            c.file().registration().applicant() + " — " + what, d.request(), "/reconsideration/" + c.id()));
                }
            }
        }
        return result;
    }
}
