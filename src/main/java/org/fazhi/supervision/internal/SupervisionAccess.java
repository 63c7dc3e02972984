package org.fazhi.supervision.internal;

import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in supervision; every refusal is an {@link AccessDeniedException} (403, audited):
 * <ul>
 *   <li>urge, issue and close orders: the office (coordinator);</li>
 *   <li>respond to an order: the liaison of the order's unit;</li>
 *   <li>read a unit's urges and orders: whoever may see the unit (office, city leaders, the unit's own users).</li>
 * </ul>
 */
public final class SupervisionAccess {

    private SupervisionAccess() {
    }

    public static void requireOffice(CurrentUser user) {
        if (!user.has(Role.COORDINATOR)) {
            throw new AccessDeniedException("supervision: office only");
        }
    }

    public static void requireRead(CurrentUser user, long unitId) {
        if (!user.maySee(unitId)) {
            throw new AccessDeniedException("supervision: unit " + unitId);
        }
    }

    public static void requireLiaison(CurrentUser user, long unitId) {
        if (!user.has(Role.UNIT_LIAISON) || !user.mayActFor(unitId)) {
            throw new AccessDeniedException("supervision: not the liaison of unit " + unitId);
        }
    }

    public static boolean isUnitUser(CurrentUser user) {
        return user.unitId() != null && (user.has(Role.UNIT_LIAISON) || user.has(Role.UNIT_LEADER));
    }
}
