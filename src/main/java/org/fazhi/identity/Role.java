package org.fazhi.identity;

/**
 * Roles of Fazhi. The three administrators are kept apart (三员分立): each sees only its own duties.
 */
public enum Role {
    /** 系统管理员 — accounts, units, calendar and configuration; cannot change roles or read the audit trail. */
    SYSTEM_ADMIN,
    /** 安全管理员 — role assignment, unlocking and password resets; cannot create accounts. */
    SECURITY_ADMIN,
    /** 安全审计员 — reads the security audit trail, nothing else. */
    AUDIT_ADMIN,
    /** 协调办（依法治市办/司法局）— runs the plan, sees everything. */
    COORDINATOR,
    /** 单位联络员 — reports for its own unit. */
    UNIT_LIAISON,
    /** 单位负责人 — approves its own unit's reports. */
    UNIT_LEADER,
    /** 市领导 — read-only overview. */
    CITY_LEADER;

    /** The Spring Security authority name, e.g. {@code ROLE_COORDINATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** True for the three administrator roles of 三员分立. */
    public boolean administrative() {
        return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
    }
}
