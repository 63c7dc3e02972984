package org.fazhi.litigation.internal;

import org.fazhi.identity.CurrentUser;
import org.fazhi.platform.RegisterAccess;

/** Data scope of the litigation register: the registers' shared rule by unit ({@link RegisterAccess}). */
public final class LitigationAccess {

    /** Who reads and acts for which unit's litigation cases. */
    public static final RegisterAccess<CurrentUser> SCOPE = new RegisterAccess<>("litigation", CurrentUser::username,
            CurrentUser::unitId, CurrentUser::roles);

    private LitigationAccess() {
    }
}
