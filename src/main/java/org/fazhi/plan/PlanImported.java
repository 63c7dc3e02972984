package org.fazhi.plan;

/**
 * A plan was imported or re-imported (its tasks and responsibilities are saved). Other modules create
 * their own records from it (e.g. assignments per task and unit).
 *
 * @param reimport true when an existing plan with the same 文号 was updated
 */
public record PlanImported(long planId, String docNumber, boolean reimport) {
}
