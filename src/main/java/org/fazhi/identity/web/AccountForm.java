package org.fazhi.identity.web;

import org.fazhi.identity.Role;

/**
 * The system administrator's form for a new account; {@code unitId} is as written (a unit name or an id, see
 * {@link org.fazhi.organization.UnitPicker}).
 */
record AccountForm(String username, String displayName, String password, String unitId, Role role,
                   String email) {
}
