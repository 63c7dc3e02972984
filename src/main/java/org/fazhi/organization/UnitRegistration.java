package org.fazhi.organization;

/**
 * Adds a unit to the registry from another module's workflow — e.g. the coordinator creating a unit
 * that an imported notice names but the registry does not know yet. The same rules apply as on the
 * admin pages (one namespace of names, clear refusals).
 */
public interface UnitRegistration {

    /**
     * Registers a new active unit under the name as written.
     *
     * @throws org.fazhi.platform.DomainException when the name is malformed or already taken
     */
    UnitView register(UnitKind kind, String fullName);
}
