package org.fazhi.organization;

/** A unit's full name changed; the old full name stays one of its aliases, so it still resolves. */
public record UnitRenamed(long unitId, String oldFullName, String newFullName) {
}
