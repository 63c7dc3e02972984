package org.fazhi.organization;

/**
 * Units were written in bulk straight into the registry's tables (the synthetic data loader), not through
 * the registry. Publish it after that transaction committed: the organization module then rebuilds its name
 * index from the committed tables on the next lookup.
 *
 * @param count how many units were loaded
 */
public record UnitsLoaded(int count) {
}
