package org.fazhi.calendar;

import java.util.List;

/**
 * Published when the system administrator changes the figure of a configurable period rule. Lists the
 * open deadlines counted under that rule whose date moved.
 *
 * @param ruleId    the rule
 * @param before    the period before
 * @param after     the period now
 * @param changedBy the administrator
 * @param moved     the deadlines that moved
 */
public record StatuteRuleChanged(String ruleId, Period before, Period after, String changedBy,
                                 List<MovedDeadline> moved) {

    public StatuteRuleChanged {
        moved = List.copyOf(moved);
    }
}
