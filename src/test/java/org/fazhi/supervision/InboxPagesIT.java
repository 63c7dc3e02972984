package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.supervision.internal.Notification;
import org.fazhi.supervision.internal.NotificationKind;
import org.fazhi.supervision.internal.Notifications;
import org.fazhi.supervision.internal.Urging;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox as pages show it: the urge in the reader's language, the unread count in the nav, mark as read. */
@IntegrationTest
class InboxPagesIT {

    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    Urging urging;
    @Autowired
    Notifications notifications;
    @Autowired
    MockMvc mvc;
    @Autowired
    PlatformTransactionManager txManager;

    @Test
    void anUrgeShowsInTheInboxWithTheUnreadCountAndIsMarkedRead() throws Exception {
        long plan = fixtures.plan2026();
        AssignmentStatus a = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        String message = "请尽快报送 " + UUID.randomUUID();
        urging.urge(fixtures.user("coordinator"), List.of(a.id()), message);
        int unread = notifications.unread("liaison");
        Notification notice = fixtures.inbox("liaison", message).get(0);

        String zh = mvc.perform(get("/inbox").with(fixtures.as("liaison"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(zh).contains("催办（第1次）：" + a.unitName() + "“" + a.taskText() + "”").contains(message)
                .contains("id=\"unread-count\"").contains(">" + unread + "</span>");
        String en = mvc.perform(get("/inbox").param("lang", "en").with(fixtures.as("liaison"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(en).contains("Urged (no. 1): " + a.unitName());

        mvc.perform(post("/inbox/" + notice.id() + "/read").with(csrf()).with(fixtures.as("liaison")));
        assertThat(notifications.unread("liaison")).isEqualTo(unread - 1);
        assertThat(fixtures.inbox("liaison", message).get(0).unread()).isFalse();

        String unitPage = mvc.perform(get("/supervision/units/" + a.unitId()).with(fixtures.as("cityleader")))
                .andReturn().getResponse().getContentAsString();
        assertThat(unitPage).contains(message).doesNotContain("id=\"urge-" + a.id() + "\"");
        String officePage = mvc.perform(get("/supervision/units/" + a.unitId()).with(fixtures.as("coordinator")))
                .andReturn().getResponse().getContentAsString();
        assertThat(officePage).contains("id=\"urge-" + a.id() + "\"");
    }

    @Test
    void theUnreadCountFollowsNewEntriesReadingAndARolledBackSend() {
        String user = "reader-" + UUID.randomUUID();
        assertThat(notifications.unread(user)).isZero();
        notifications.send(List.of(user.toUpperCase()), NotificationKind.URGE, "supervision.notice.urge",
                List.of("x", "y", "1"), "计数", null);
        assertThat(notifications.unread(user)).isEqualTo(1);
        new TransactionTemplate(txManager).executeWithoutResult(tx -> {
            notifications.send(List.of(user), NotificationKind.URGE, "supervision.notice.urge", List.of("x", "y", "2"),
                    "撤回", null);
            assertThat(notifications.unread(user)).isEqualTo(2); // inside the writing transaction
            tx.setRollbackOnly();
        });
        assertThat(notifications.unread(user)).isEqualTo(1);
        notifications.markAllRead(user);
        assertThat(notifications.unread(user)).isZero();
    }
}
