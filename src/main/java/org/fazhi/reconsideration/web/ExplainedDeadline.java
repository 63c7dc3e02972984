package org.fazhi.reconsideration.web;

import java.time.LocalDate;
import org.fazhi.calendar.DeadlineExplanation;
import org.fazhi.reconsideration.internal.CaseDeadline;
import org.fazhi.reconsideration.internal.DeadlineKind;

/**
 * A deadline of a case with the calendar's explanation (start, rule and article, days counted and skipped,
 * pauses, extension), as the case page and the API show it.
 *
 * @param explanation {@code null} while the clock is stopped (中止)
 */
public record ExplainedDeadline(DeadlineKind kind, LocalDate due, LocalDate metOn, boolean open, boolean missed,
                                boolean overdue, DeadlineExplanation explanation) {

    static ExplainedDeadline of(CaseDeadline d, DeadlineExplanation explanation, LocalDate today) {
        return new ExplainedDeadline(d.kind(), d.due(), d.metOn(), d.open(), d.missed(), d.overdueOn(today),
                explanation);
    }
}
