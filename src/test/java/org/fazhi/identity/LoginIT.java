package org.fazhi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.fazhi.identity.internal.SecurityEvent;
import org.fazhi.identity.internal.SecurityEvents;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class LoginIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityEvents events;

    @Test
    void administratorLogsInWithTheConfiguredPassword() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password(IntegrationTest.ADMIN_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
        MvcResult wrong = mvc.perform(formLogin("/login").user("admin").password("nope")).andReturn();
        MvcResult unknown = mvc.perform(formLogin("/login").user("nobody-here").password("nope")).andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名")));
    }

    @Test
    void loginWithoutCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", IntegrationTest.ADMIN_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void loginIsRecordedInTheAuditTrail() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        mvc.perform(formLogin("/login").user("admin").password(IntegrationTest.ADMIN_PASSWORD));
        assertThat(events.findByUsernameOrderByIdAsc("admin"))
                .anyMatch(e -> e.getType() == SecurityEvent.Type.LOGIN && e.getOccurredAt().isAfter(before));
    }

    @Test
    void idleSessionIsEndedAndUserSentToLogin() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(
                        formLogin("/login").user("admin").password(IntegrationTest.ADMIN_PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        session.setAttribute("org.fazhi.identity.internal.IdleSessionFilter.LAST_SEEN",
                Instant.now().minusSeconds(3 * 3600));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void logoutNeedsCsrfAndEndsTheSession() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(
                        formLogin("/login").user("admin").password(IntegrationTest.ADMIN_PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(post("/logout").session(session).with(csrf()).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").session(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }
}
