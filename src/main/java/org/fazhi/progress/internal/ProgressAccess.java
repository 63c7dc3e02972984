package org.fazhi.progress.internal;

import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in the reporting loop. Every refusal is an {@link AccessDeniedException}: the user gets
 * 403 and the security audit records the attempt (a forged ID in a URL, form or API call).
 * <ul>
 *   <li>read: the office and city leaders all units; a unit's liaison and leader their own unit;</li>
 *   <li>sign for, ask for an adjustment, write and submit reports: the unit's liaison;</li>
 *   <li>approve before the office sees a report: the unit's leader;</li>
 *   <li>review reports, decide adjustments, set the reporting cycle: the office (coordinator).</li>
 * </ul>
 */
public final class ProgressAccess {

    private ProgressAccess() {
    }

    public static void requireRead(CurrentUser user, long unitId) {
        if (!user.maySee(unitId)) {
            throw new AccessDeniedException("progress: unit " + unitId);
        }
    }

    public static void requireLiaison(CurrentUser user, long unitId) {
        if (!user.has(Role.UNIT_LIAISON) || !user.mayActFor(unitId)) {
            throw new AccessDeniedException("progress: not the liaison of unit " + unitId);
        }
    }

    public static void requireLeader(CurrentUser user, long unitId) {
        if (!user.has(Role.UNIT_LEADER) || !user.mayActFor(unitId)) {
            throw new AccessDeniedException("progress: not the leader of unit " + unitId);
        }
    }

    public static void requireOffice(CurrentUser user) {
        if (!user.has(Role.COORDINATOR)) {
            throw new AccessDeniedException("progress: office only");
        }
    }

    public static boolean isUnitUser(CurrentUser user) {
        return user.unitId() != null && (user.has(Role.UNIT_LIAISON) || user.has(Role.UNIT_LEADER));
    }
}
