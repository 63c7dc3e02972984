package org.fazhi.organization;

/** A unit was added to the registry (by an administrator, the import, or the first-start seed). */
public record UnitCreated(long unitId, UnitKind kind, String fullName) {
}
