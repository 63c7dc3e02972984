package org.fazhi.identity;

import java.util.Set;

/**
 * An enabled account as other modules address it (inbox, e-mail).
 *
 * @param email  the account's e-mail address, or {@code null} when none is recorded
 * @param unitId the account's unit, or {@code null}
 */
public record AccountContact(String username, String displayName, String email, Long unitId, Set<Role> roles) {

    public AccountContact {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
