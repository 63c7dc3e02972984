package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.fazhi.disclosure.internal.Channel;
import org.fazhi.disclosure.internal.DisclosureService;
import org.fazhi.disclosure.internal.RequesterType;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.supervision.internal.Notification;
import org.fazhi.supervision.internal.NotificationKind;
import org.fazhi.supervision.internal.Notifications;
import org.fazhi.supervision.internal.RegisterReminders;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Register deadlines reach the in-app inbox: due soon and overdue, each once even if the job runs twice. */
@IntegrationTest
class RegisterRemindersIT {

    @Autowired
    RegisterReminders reminders;
    @Autowired
    DisclosureService disclosure;
    @Autowired
    Notifications notifications;
    @Autowired
    SupervisionFixtures fixtures;

    List<Notification> about(String requester, NotificationKind kind) {
        return notifications.of("liaison", 100_000).stream().filter(n -> n.kind() == kind)
                .filter(n -> n.titleArgs().get(0).contains(requester) && n.titleArgs().get(1).equals("2025-10-23")).toList();
    }

    @Test
    void aDisclosureDeadlineIsPostedOnceWhenDueSoonAndOnceWhenOverdue() throws Exception {
        long chuanshan = fixtures.unit(SupervisionFixtures.CHUANSHAN);
        String requester = "申请人" + UUID.randomUUID().toString().substring(0, 8);
        CurrentUser office = new CurrentUser(0, "coordinator", "office", null, Set.of(Role.COORDINATOR));
        disclosure.register(new DisclosureService.Registration(chuanshan, RequesterType.values()[0], requester,
                Channel.IN_PERSON, LocalDate.of(2025, 9, 19), null, null, "本区执法数据"), office);
        // received Fri 2025-09-19: the reply is due Thu 2025-10-23 (20 working days, make-up days count)
        reminders.run("liaison", LocalDate.of(2025, 10, 20));
        reminders.run("liaison", LocalDate.of(2025, 10, 21));
        assertThat(about(requester, NotificationKind.DEADLINE_DUE_SOON)).singleElement()
                .satisfies(n -> assertThat(n.link()).as("the reminder opens the request's page")
                        .matches("/disclosure/\\d+"));
        assertThat(about(requester, NotificationKind.DEADLINE_OVERDUE)).isEmpty();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.invokeAll(List.of(() -> reminders.run(LocalDate.of(2025, 10, 24)),
                () -> reminders.run(LocalDate.of(2025, 10, 24))));
        pool.shutdown();
        reminders.run("liaison", LocalDate.of(2025, 10, 27));
        assertThat(about(requester, NotificationKind.DEADLINE_OVERDUE)).hasSize(1);
        assertThat(about(requester, NotificationKind.DEADLINE_DUE_SOON)).hasSize(1);
        assertThat(notifications.of("liaison-fgw", 100_000).stream()
                .filter(n -> n.titleArgs().stream().anyMatch(a -> a.contains(requester)))).isEmpty();
    }
}
