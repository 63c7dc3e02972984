package org.fazhi.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.supervision.internal.NotificationKind;
import org.fazhi.supervision.internal.Notifications;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The unit page is kept whole (platform.web.KeptPages): a liaison opening it again gets the same page with a CSRF
 * token that works for this session only, the unread badge as it is now, and a flash message when there is one;
 * the office and the unit's leader opening the same unit get their own name and no liaison buttons.
 */
@IntegrationTest
class UnitPageKeptIT {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    ProgressFixtures fixtures;
    @Autowired
    Notifications notifications;
    @Autowired
    MockMvc mvc;

    @Test
    void aLiaisonGetsTheKeptPageWithAWorkingTokenOfItsOwnSessionAndTheBadgeAsItIsNow() throws Exception {
        long plan = fixtures.plan2026();
        long unit = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN).assignment().unitId();
        MockHttpSession session = new MockHttpSession();
        String first = page("liaison", unit, session);
        String second = page("liaison", unit, session);
        assertThat(second).doesNotContain("\uE000", "\uE001").contains("id=\"sign-all\"", "id=\"current-user\"");
        assertThat(withoutTokens(second)).isEqualTo(withoutTokens(first));

        String token = token(second);
        mvc.perform(post("/progress/units/" + unit + "/sign-all").param("_csrf", token).session(session)
                .with(fixtures.as("liaison"))).andExpect(redirectedUrl("/progress/units/" + unit));
        mvc.perform(post("/progress/units/" + unit + "/sign-all").param("_csrf", token)
                .session(new MockHttpSession()).with(fixtures.as("liaison"))).andExpect(status().isForbidden());

        int unread = notifications.unread("liaison");
        notifications.send(List.of("liaison"), NotificationKind.URGE, "supervision.notice.urge",
                List.of("船山区", "任务", "1"), "请报送", null);
        assertThat(page("liaison", unit, session)).contains("id=\"unread-count\"", ">" + (unread + 1) + "</span>");
        notifications.markAllRead("liaison");
        assertThat(page("liaison", unit, session)).doesNotContain("id=\"unread-count\"");

        String flashed = mvc.perform(get("/progress/units/" + unit).session(session).flashAttr("flash",
                "progress.signedAll").with(fixtures.as("liaison"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(flashed).contains("class=\"flash\"");
        assertThat(page("liaison", unit, session)).doesNotContain("class=\"flash\"");
    }

    @Test
    void theOfficeAndTheLeaderOpeningTheSameUnitGetTheirOwnNameAndNoLiaisonButtons() throws Exception {
        long plan = fixtures.plan2026();
        long unit = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN).assignment().unitId();
        String liaison = page("liaison", unit, new MockHttpSession());
        String coordinator = page("coordinator", unit, new MockHttpSession());
        String name = currentUser(coordinator);
        assertThat(name).isNotEqualTo(currentUser(liaison)).isEqualTo(fixtures.user("coordinator").displayName());
        assertThat(coordinator).doesNotContain("id=\"sign-all\"");
        assertThat(currentUser(page("liaison", unit, new MockHttpSession())))
                .isEqualTo(fixtures.user("liaison").displayName());
        String english = mvc.perform(get("/progress/units/" + unit).param("lang", "en")
                .with(fixtures.as("liaison"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(english).contains("lang=\"en\"").doesNotContain("本单位任务");
    }

    private String page(String user, long unit, MockHttpSession session) throws Exception {
        return mvc.perform(get("/progress/units/" + unit).session(session).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String withoutTokens(String html) {
        return TOKEN.matcher(html).replaceAll("").replaceAll("name=\"_csrf\" content=\"[^\"]+\"", "");
    }

    private static String currentUser(String html) {
        Matcher m = Pattern.compile("id=\"current-user\">([^<]*)<").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
