package org.fazhi.plan.ledger;

import java.util.Collection;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read which part of the ledger. Coordinators and city leaders read everything; a unit's liaison or
 * leader reads only their own unit's tasks and ledger. Another unit's data is answered as "not found", so a
 * guessed id reveals nothing.
 */
public final class LedgerAccess {

    private LedgerAccess() {
    }

    /** A unit's page or ledger: the unit's own people, or someone who sees all units. */
    public static void requireMaySeeUnit(CurrentUser user, long unitId) {
        if (!user.maySee(unitId)) {
            throw new NotFoundException("error.notFound");
        }
    }

    /** A task: readable by those who see all units, or by a unit responsible for it. */
    static void requireMaySeeTask(CurrentUser user, Collection<Long> responsibleUnits) {
        if (!user.seesAllUnits() && (user.unitId() == null || !responsibleUnits.contains(user.unitId()))) {
            throw new NotFoundException("error.notFound");
        }
    }

    /**
     * An export: the whole plan for those who see all units; a liaison or leader must ask for their own unit.
     *
     * @param unitId the unit the export is narrowed to, or {@code null} for the whole plan
     */
    public static void requireMayExport(CurrentUser user, Long unitId) {
        if (unitId == null) {
            if (!user.seesAllUnits()) {
                throw new AccessDeniedException("whole ledger");
            }
            return;
        }
        requireMaySeeUnit(user, unitId);
    }

    /** Whether {@code user} may edit tasks (designate, add/remove units, change lead or deadline). */
    public static boolean mayEdit(CurrentUser user) {
        return user.has(Role.COORDINATOR);
    }
}
