package org.fazhi.identity;

import java.util.Set;

/**
 * Who is acting: the account, its unit (the data scope for liaisons and unit leaders) and its roles.
 *
 * @param unitId the account's unit, or {@code null} for accounts not tied to a unit
 */
public record CurrentUser(long accountId, String username, String displayName, Long unitId, Set<Role> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Coordinators and city leaders see every unit's data; everyone else only their own unit's. */
    public boolean seesAllUnits() {
        return has(Role.COORDINATOR) || has(Role.CITY_LEADER);
    }

    /**
     * Whether this user may read data belonging to {@code unit}: the office and city leaders every unit's, a unit's
     * liaison and leader their own unit's. An administrator never reads business data, even where his account names
     * a unit (三员分立: the unit of an administrator's account is no data scope).
     */
    public boolean maySee(long unit) {
        return seesAllUnits() || (unitId != null && unitId == unit && (has(Role.UNIT_LIAISON) || has(Role.UNIT_LEADER)));
    }

    /** Whether this user may report or approve for {@code unit}: only liaisons and leaders of that unit. */
    public boolean mayActFor(long unit) {
        return unitId != null && unitId == unit && (has(Role.UNIT_LIAISON) || has(Role.UNIT_LEADER));
    }
}
