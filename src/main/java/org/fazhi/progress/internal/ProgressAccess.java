package org.fazhi.progress.internal;

import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.plan.ProgressScope;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in the reporting loop. Every refusal is an {@link AccessDeniedException}: the user gets
 * 403 and the security audit records the attempt (a forged ID in a URL, form or API call).
 * <ul>
 *   <li>read ({@link #scope}, the one read rule for pages, exports and the API): the office and city leaders all
 *       units; a unit's liaison and leader their own unit's reports, and the other units of a task they share as a
 *       light only; the three administrators no report at all, whatever unit their account names (GB/T 22239-2019
 *       8.1.4.2 least privilege, 三员分立);</li>
 *   <li>sign for, ask for an adjustment, write and submit reports: the unit's liaison;</li>
 *   <li>approve before the office sees a report: the unit's leader;</li>
 *   <li>review reports, decide adjustments, set the reporting cycle: the office (coordinator).</li>
 * </ul>
 */
public final class ProgressAccess {

    private ProgressAccess() {
    }

    /**
     * Whose progress {@code user} may read: every unit (office, city leaders), his own unit (a unit's liaison or
     * leader), or nothing (anyone else — the administrators included).
     */
    public static ProgressScope scope(CurrentUser user) {
        if (user.has(Role.COORDINATOR) || user.has(Role.CITY_LEADER)) {
            return ProgressScope.EVERY_UNIT;
        }
        return isUnitUser(user) ? ProgressScope.unit(user.unitId()) : ProgressScope.NOTHING;
    }

    /** A unit's assignments and reports with their texts: refused unless {@link #scope} reads that unit's reports. */
    public static void requireRead(CurrentUser user, long unitId) {
        if (!scope(user).readsReportsOf(unitId)) {
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
