package org.fazhi.litigation.internal;

import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Data scope of the litigation register: the coordinator acts on all cases and the city leader reads
 * all; a unit liaison registers and acts for its own unit; a unit leader reads its own unit's. Another
 * unit's case answers 404 (its existence is not revealed); reading but not acting answers 403.
 */
public final class LitigationAccess {

    private LitigationAccess() {
    }

    public static boolean seesAll(CurrentUser user) {
        return user.has(Role.COORDINATOR) || user.has(Role.CITY_LEADER);
    }

    public static boolean mayRead(CurrentUser user, long unit) {
        return seesAll(user) || ((user.has(Role.UNIT_LIAISON) || user.has(Role.UNIT_LEADER))
                && user.unitId() != null && user.unitId() == unit);
    }

    public static boolean mayAct(CurrentUser user, long unit) {
        return user.has(Role.COORDINATOR)
                || (user.has(Role.UNIT_LIAISON) && user.unitId() != null && user.unitId() == unit);
    }

    static void requireRead(CurrentUser user, long unit) {
        if (!mayRead(user, unit)) {
            throw new NotFoundException("error.litigation.notFound");
        }
    }

    static void requireAct(CurrentUser user, long unit) {
        requireRead(user, unit);
        if (!mayAct(user, unit)) {
            throw new AccessDeniedException("litigation: read-only for " + user.username());
        }
    }
}
