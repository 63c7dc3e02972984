package org.fazhi.plan.ledger;

import java.time.LocalDate;
import org.fazhi.organization.UnitKind;

/**
 * What the plan page is narrowed to; every field is optional (null = no restriction).
 *
 * @param section the section id
 * @param unit    a responsible unit (lead, partner or designated)
 * @param kind    tasks with at least one responsible unit of this kind (departments, counties, parks …)
 * @param dueFrom tasks due on or after this day
 * @param dueTo   tasks due on or before this day
 * @param q       words that must appear in the task's title or text (Chinese or not)
 */
public record LedgerFilter(Long section, Long unit, UnitKind kind, LocalDate dueFrom, LocalDate dueTo, String q) {

    public LedgerFilter {
        q = q == null || q.isBlank() ? null : q.strip();
    }

    /** No restriction: the whole plan. */
    public static LedgerFilter none() {
        return new LedgerFilter(null, null, null, null, null, null);
    }

    /** Whether any restriction is set. */
    public boolean active() {
        return section != null || unit != null || kind != null || dueFrom != null || dueTo != null || q != null;
    }

    /** Whether the filter needs a deadline: a task without a dated deadline matches no window. */
    boolean hasDueWindow() {
        return dueFrom != null || dueTo != null;
    }

    boolean dueWithin(LocalDate due) {
        if (!hasDueWindow()) {
            return true;
        }
        return due != null && (dueFrom == null || !due.isBefore(dueFrom)) && (dueTo == null || !due.isAfter(dueTo));
    }
}
