package org.fazhi.plan.internal;

/**
 * A responsible unit of a task after name resolution.
 *
 * @param unitId      the unit, or {@code null} for a term whose units are still to be designated
 * @param writtenName the name as the notice wrote it
 * @param viaTerm     the collective term this unit came from (市直各部门 …), or {@code null}
 * @param lead        牵头单位
 * @param toDesignate 市直有关部门 and the like: the coordinator designates the units later
 */
public record ResolvedUnit(Long unitId, String writtenName, String viaTerm, boolean lead, boolean toDesignate) {
}
