package org.fazhi.identity.web;

/** An account row's edit that was refused: what was typed, shown again in that row. */
record AccountEdit(long id, String displayName, String email, boolean enabled) {
}
