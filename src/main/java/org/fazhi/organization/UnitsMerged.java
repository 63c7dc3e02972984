package org.fazhi.organization;

/**
 * Unit {@code mergedId} was merged into {@code intoId} (机构改革): it is now MERGED, its names are aliases of
 * the target, and its children and earlier merges point to the target.
 *
 * <p>Published <em>inside</em> the merge transaction. A module that refers to units (accounts, assignments,
 * …) moves its references with a plain synchronous {@code @EventListener} — not an after-commit
 * {@code @ApplicationModuleListener} — so its update commits or rolls back together with the merge: a
 * listener that throws undoes the whole merge, and no reference is ever left on a merged unit.
 */
public record UnitsMerged(long mergedId, long intoId) {
}
