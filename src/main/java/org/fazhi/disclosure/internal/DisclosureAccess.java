package org.fazhi.disclosure.internal;

import org.fazhi.identity.CurrentUser;
import org.fazhi.platform.RegisterAccess;

/** Data scope of the disclosure register: the registers' shared rule by unit ({@link RegisterAccess}). */
public final class DisclosureAccess {

    /** Who reads and acts for which unit's disclosure cases. */
    public static final RegisterAccess<CurrentUser> SCOPE = new RegisterAccess<>("disclosure", CurrentUser::username,
            CurrentUser::unitId, CurrentUser::roles);

    private DisclosureAccess() {
    }
}
