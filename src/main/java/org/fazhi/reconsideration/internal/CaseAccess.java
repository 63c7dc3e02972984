package org.fazhi.reconsideration.internal;

import java.util.EnumSet;
import java.util.Set;
import org.fazhi.identity.CurrentUser;
import org.fazhi.platform.RegisterAccess;
import org.springframework.security.access.AccessDeniedException;

/**
 * Data scope of the register: the office (COORDINATOR) registers and acts on every case, CITY_LEADER reads all,
 * a unit's liaison and leader read the cases where their unit is the respondent, and the liaison may record
 * that unit's answer (第四十八条) and its report on a 复议意见书 (第七十六条). A case the user may not see is
 * answered as not found; a step the user may not take as forbidden.
 */
public final class CaseAccess {

    private static final Set<Action> LIAISON_ACTIONS = EnumSet.of(Action.RECORD_ANSWER, Action.RECORD_OPINION_REPLY,
            Action.ATTACH);

    /** The registers' shared rule by unit ({@link RegisterAccess}): who reads which unit's cases. */
    static final RegisterAccess<CurrentUser> SCOPE = new RegisterAccess<>("reconsideration", CurrentUser::username,
            CurrentUser::unitId, CurrentUser::roles);

    private CaseAccess() {
    }

    /** Whether {@code user} may read cases against {@code respondentUnitId}. */
    public static boolean maySee(CurrentUser user, long respondentUnitId) {
        return SCOPE.mayRead(user, respondentUnitId);
    }

    /** Throws not-found unless {@code user} may read the case. */
    public static void checkSee(CurrentUser user, StoredCase c) {
        SCOPE.requireRead(user, c.respondentUnitId(), c.id());
    }

    /**
     * Whether {@code user} may take {@code action} on a case against {@code respondentUnitId}: the office any
     * step, the respondent's liaison only its own steps.
     */
    public static boolean mayAct(CurrentUser user, long respondentUnitId, Action action) {
        return SCOPE.isOffice(user) || (LIAISON_ACTIONS.contains(action) && SCOPE.mayAct(user, respondentUnitId));
    }

    /** Throws forbidden unless {@code user} may take {@code action}. */
    public static void checkAct(CurrentUser user, StoredCase c, Action action) {
        checkSee(user, c);
        if (!mayAct(user, c.respondentUnitId(), action)) {
            throw new AccessDeniedException("reconsideration action " + action + " not allowed for " + user.username());
        }
    }

    /** Whether {@code user} may register new cases. */
    public static boolean mayRegister(CurrentUser user) {
        return SCOPE.isOffice(user);
    }
}
