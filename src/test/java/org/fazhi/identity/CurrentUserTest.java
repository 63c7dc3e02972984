package org.fazhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CurrentUserTest {

    private static CurrentUser user(Long unit, Role role) {
        return new CurrentUser(1, "u", "u", unit, Set.of(role));
    }

    @Test
    void unitUsersReadTheirOwnUnitOnly() {
        assertThat(user(7L, Role.UNIT_LIAISON).maySee(7)).isTrue();
        assertThat(user(7L, Role.UNIT_LEADER).maySee(7)).isTrue();
        assertThat(user(7L, Role.UNIT_LIAISON).maySee(8)).isFalse();
    }

    @Test
    void officeAndCityLeadersReadEveryUnit() {
        assertThat(user(null, Role.COORDINATOR).maySee(8)).isTrue();
        assertThat(user(null, Role.CITY_LEADER).maySee(8)).isTrue();
    }

    @Test
    void anAdministratorWhoseAccountNamesAUnitStillReadsNoBusinessData() {
        for (Role admin : new Role[] {Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN}) {
            assertThat(user(7L, admin).maySee(7)).as(admin.name()).isFalse();
        }
    }
}
