package org.fazhi.plan;

/** A plan as other modules see it. */
public record PlanSummary(long id, String title, String docNumber, Integer year) {
}
