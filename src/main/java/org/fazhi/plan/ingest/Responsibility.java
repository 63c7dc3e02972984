package org.fazhi.plan.ingest;

/**
 * One unit named as responsible for a task (责任单位).
 *
 * @param name       the unit as written in the notice, full-width parentheses normalised to half-width
 * @param lead       true for the lead unit (牵头单位), see {@link LeadRule}
 * @param collective true for a term standing for several units (市直各部门, 各县(市、区)政府 …), see {@link CollectiveTerms}
 */
public record Responsibility(String name, boolean lead, boolean collective) {
}
