package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The registers' shared scope by unit: office acts on all, city leader reads all, units their own, admins none. */
class RegisterAccessTest {

    enum Role { COORDINATOR, CITY_LEADER, UNIT_LIAISON, UNIT_LEADER, SYSTEM_ADMIN, AUDIT_ADMIN }

    record User(String name, Long unit, Set<Role> roles) {
    }

    private static final RegisterAccess<User> ACCESS = new RegisterAccess<>("sample", User::name, User::unit,
            User::roles);
    private static final long OWN = 7;
    private static final long OTHER = 8;

    @Test
    void eachRoleReadsAndActsForTheUnitsOfTheRule() {
        User office = new User("office", 1L, Set.of(Role.COORDINATOR));
        User city = new User("city", null, Set.of(Role.CITY_LEADER));
        User liaison = new User("liaison", OWN, Set.of(Role.UNIT_LIAISON));
        User leader = new User("leader", OWN, Set.of(Role.UNIT_LEADER));
        User admin = new User("admin", OWN, Set.of(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN));

        assertThat(ACCESS.mayRead(office, OTHER)).isTrue();
        assertThat(ACCESS.mayAct(office, OTHER)).isTrue();
        assertThat(ACCESS.seesAll(city)).isTrue();
        assertThat(ACCESS.mayRead(city, OTHER)).isTrue();
        assertThat(ACCESS.mayAct(city, OTHER)).isFalse();
        assertThat(ACCESS.mayRead(liaison, OWN)).isTrue();
        assertThat(ACCESS.mayAct(liaison, OWN)).isTrue();
        assertThat(ACCESS.mayRead(liaison, OTHER)).isFalse();
        assertThat(ACCESS.mayAct(liaison, OTHER)).isFalse();
        assertThat(ACCESS.mayRead(leader, OWN)).isTrue();
        assertThat(ACCESS.mayAct(leader, OWN)).isFalse();
        assertThat(ACCESS.seesAll(leader)).isFalse();
        // administrators keep no business data, not even of the unit their account is tied to
        assertThat(ACCESS.mayRead(admin, OWN)).isFalse();
        assertThat(ACCESS.isOffice(admin)).isFalse();
    }

    @Test
    void anotherUnitsCaseIsNotFoundAndReadingWithoutActingIsForbidden() {
        User liaison = new User("liaison", OWN, Set.of(Role.UNIT_LIAISON));
        User leader = new User("leader", OWN, Set.of(Role.UNIT_LEADER));
        assertThatThrownBy(() -> ACCESS.requireRead(liaison, OTHER, "42")).isInstanceOf(NotFoundException.class)
                .satisfies(e -> {
                    assertThat(((NotFoundException) e).messageKey()).isEqualTo("error.sample.notFound");
                    assertThat(((NotFoundException) e).args()).containsExactly("42");
                });
        assertThatThrownBy(() -> ACCESS.requireAct(liaison, OTHER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ACCESS.requireAct(leader, OWN)).isInstanceOf(AccessDeniedException.class);
        ACCESS.requireAct(liaison, OWN);
        ACCESS.requireRead(leader, OWN);
    }
}
