package org.fazhi.identity.web;

import org.fazhi.identity.Role;

/** The system administrator's form for a new account. */
record AccountForm(String username, String displayName, String password, Long unitId, Role role,
                   String email) {
}
