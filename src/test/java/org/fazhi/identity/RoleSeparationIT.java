package org.fazhi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.fazhi.identity.internal.Account;
import org.fazhi.identity.internal.AccountAdministration;
import org.fazhi.identity.internal.Accounts;
import org.fazhi.identity.internal.SecurityEvent;
import org.fazhi.identity.internal.SecurityEvents;
import org.fazhi.platform.DomainException;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.assertj.core.api.Assertions;

@IntegrationTest
class RoleSeparationIT {

    private static final String PASSWORD = "Strong#Pass2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    Accounts accounts;
    @Autowired
    SecurityEvents events;

    private String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void auditAdministratorCannotManageUsersOrRoles() throws Exception {
        var auditor = user("auditor").roles("AUDIT_ADMIN");
        mvc.perform(get("/admin/accounts").with(auditor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/roles").with(auditor)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts").with(auditor).with(csrf()).param("username", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(auditor)).andExpect(status().isOk());
    }

    @Test
    void unitLiaisonCannotOpenAdminPages() throws Exception {
        var liaison = user("liaison").roles("UNIT_LIAISON");
        for (String page : new String[] {"/admin/accounts", "/admin/roles", "/admin/audit", "/actuator/prometheus"}) {
            mvc.perform(get(page).with(liaison)).andExpect(status().isForbidden());
        }
    }

    @Test
    void systemAdministratorCannotReadTheAuditTrailOrChangeRoles() throws Exception {
        var admin = user("admin").roles("SYSTEM_ADMIN");
        mvc.perform(get("/admin/audit").with(admin)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/roles").with(admin)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").with(admin)).andExpect(status().isOk());
    }

    @Test
    void takenUserNameIsRefusedWithTheNameInTheMessage() throws Exception {
        mvc.perform(post("/admin/accounts").with(user("admin").roles("SYSTEM_ADMIN")).with(csrf())
                        .param("username", "admin").param("displayName", "重复").param("password", PASSWORD)
                        .param("role", "COORDINATOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名“admin”已被使用")));
    }

    @Test
    void refusedAccessIsAudited() throws Exception {
        long before = events.count();
        mvc.perform(get("/admin/roles").with(user("snoop").roles("UNIT_LIAISON"))).andExpect(status().isForbidden());
        assertThat(events.findByUsernameOrderByIdAsc("snoop"))
                .anyMatch(e -> e.getType() == SecurityEvent.Type.ACCESS_DENIED);
        assertThat(events.count()).isGreaterThan(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = "SYSTEM_ADMIN")
    void weakPasswordIsRefusedAndNothingIsCreated() {
        String name = unique("weak");
        Assertions.assertThatThrownBy(() -> administration.create("admin", name, "弱密码", "password", null,
                        Role.COORDINATOR))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.identity.password.short");
        assertThat(accounts.findByUsername(name)).isEmpty();
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String name = unique("lock");
        createAs(name, Role.COORDINATOR);
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/login").user(name).password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(name).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        assertThat(events.findByUsernameOrderByIdAsc(name)).anyMatch(e -> e.getType() == SecurityEvent.Type.LOCKOUT);

        Account account = accounts.findByUsername(name).orElseThrow();
        asSecurityAdmin(() -> administration.unlock("secadmin", account.getId()));
        mvc.perform(formLogin("/login").user(name).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void roleChangeIsRecordedAndAdministratorRolesStayApart() {
        String name = unique("role");
        Account account = createAs(name, Role.COORDINATOR);
        asSecurityAdmin(() -> administration.changeRoles("secadmin", account.getId(),
                Set.of(Role.COORDINATOR, Role.CITY_LEADER)));
        assertThat(accounts.findByUsername(name).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.COORDINATOR, Role.CITY_LEADER);
        assertThat(events.findByUsernameOrderByIdAsc(name)).anyMatch(e -> e.getType() == SecurityEvent.Type.ROLE_CHANGE);
        Assertions.assertThatThrownBy(() -> asSecurityAdmin(() -> administration.changeRoles("secadmin",
                        account.getId(), Set.of(Role.AUDIT_ADMIN, Role.COORDINATOR))))
                .isInstanceOf(DomainException.class);
    }

    private Account createAs(String name, Role role) {
        return TestAuth.runAs("admin", Role.SYSTEM_ADMIN,
                () -> administration.create("admin", name, "测试用户", PASSWORD, null, role));
    }

    private static void asSecurityAdmin(Runnable action) {
        TestAuth.runAs("secadmin", Role.SECURITY_ADMIN, () -> {
            action.run();
            return null;
        });
    }
}
