package org.fazhi.organization;

/**
 * A unit as other modules see it.
 *
 * @param parentId  the unit above this one (e.g. the county government of a township), or {@code null}
 * @param shortName the usual short name (市司法局), or {@code null}
 * @param active    false once the unit has been merged into another
 */
public record UnitView(long id, UnitKind kind, String fullName, String shortName, Long parentId, boolean active) {

    /** The name to show in lists and ledgers: the short name where there is one, else the full name. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? fullName : shortName;
    }
}
