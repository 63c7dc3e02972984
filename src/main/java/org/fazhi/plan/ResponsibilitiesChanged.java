package org.fazhi.plan;

/**
 * The responsible units or a deadline of tasks in a plan changed after import: a coordinator edit, an
 * Excel round trip or a unit merge. Published inside the changing transaction, so a listener that keeps
 * its own records in step (assignments) commits or rolls back with the change.
 */
public record ResponsibilitiesChanged(long planId) {
}
