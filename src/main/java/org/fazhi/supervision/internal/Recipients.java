package org.fazhi.supervision.internal;

import java.util.List;
import org.fazhi.identity.AccountContact;
import org.fazhi.identity.AccountDirectory;
import org.fazhi.identity.Role;
import org.springframework.stereotype.Component;

/** Who hears of what: the office (coordinators), a unit's liaisons, a unit's leaders. */
@Component
public class Recipients {

    private final AccountDirectory accounts;

    Recipients(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    public List<String> office() {
        return accounts.withRole(Role.COORDINATOR).stream().map(AccountContact::username).toList();
    }

    public List<String> liaisons(long unitId) {
        return ofUnit(unitId, Role.UNIT_LIAISON);
    }

    public List<String> leaders(long unitId) {
        return ofUnit(unitId, Role.UNIT_LEADER);
    }

    private List<String> ofUnit(long unitId, Role role) {
        return accounts.usersOfUnit(unitId).stream().filter(a -> a.has(role)).map(AccountContact::username).toList();
    }
}
