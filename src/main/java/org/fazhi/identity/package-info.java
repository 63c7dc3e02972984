/**
 * Identity — accounts, roles (三员分立 plus the business roles), login, lockout, idle timeout and the
 * security audit trail. Other modules ask {@link org.fazhi.identity.CurrentUsers} who is acting and for
 * which unit (data scope).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.fazhi.identity;
