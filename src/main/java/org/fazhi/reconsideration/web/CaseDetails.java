package org.fazhi.reconsideration.web;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.identity.CurrentUser;
import org.fazhi.reconsideration.internal.Action;
import org.fazhi.reconsideration.internal.CaseEvent;
import org.fazhi.reconsideration.internal.CaseQueries;
import org.fazhi.reconsideration.internal.CaseSummary;
import org.fazhi.reconsideration.internal.NextSteps;
import org.fazhi.reconsideration.internal.StoredCase;

/**
 * Everything the case page and {@code GET /api/reconsideration/cases/{id}} show: the case, its flags and light,
 * every deadline explained, the history, and the steps the user may take.
 */
public record CaseDetails(long id, long version, CaseSummary summary, CaseFacts facts, List<ExplainedDeadline> deadlines,
                          List<CaseEvent> history, List<Action> nextSteps, String createdBy) {

    static CaseDetails of(StoredCase c, CaseQueries queries, CalendarManagement calendar, CurrentUser user) {
        LocalDate today = LocalDate.now();
        CaseSummary summary = queries.summary(c, today);
        List<ExplainedDeadline> deadlines = queries.deadlines(c).stream()
                .map(d -> ExplainedDeadline.of(d, d.request() == null ? null : calendar.explain(d.request()), today))
                .toList();
        return new CaseDetails(c.id(), c.version(), summary, CaseFacts.of(c.file()), deadlines, c.events(),
                NextSteps.of(c.file(), user, summary.deemed()), c.createdBy());
    }
}
