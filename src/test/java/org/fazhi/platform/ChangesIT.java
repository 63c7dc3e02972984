package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.platform.OtherInstance.within;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Changes} against real PostgreSQL, with a plain JDBC connection standing in for another instance: its
 * notifications move this instance's versions, a rollback announces nothing, this instance's own are ignored, and a
 * broken listening connection is opened again with every topic moved.
 */
@IntegrationTest
class ChangesIT {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @Autowired
    Changes changes;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherInstancesNotificationMovesTheTopic() throws Exception {
        String topic = topic();
        long before = changes.version(topic);
        try (OtherInstance other = new OtherInstance(dataSource)) {
            other.notify(OtherInstance.ID, topic);
            assertThat(within(Duration.ofMillis(300), () -> changes.version(topic) != before))
                    .as("not before the other instance commits").isFalse();
            other.commit();
        }
        assertThat(within(DEADLINE, () -> changes.version(topic) > before)).isTrue();
    }

    @Test
    void aCommittedChangeIsAnnouncedOnceAndARolledBackOneNotAtAll() throws Exception {
        String rolledBack = topic();
        String committed = topic();
        String outside = topic();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        try (OtherInstance other = new OtherInstance(dataSource).listen()) {
            long before = changes.version(rolledBack);
            tx.executeWithoutResult(status -> {
                changes.changed(rolledBack);
                changes.changed(rolledBack);
                assertThat(changes.version(rolledBack)).as("at once, on every call").isEqualTo(before + 2);
                status.setRollbackOnly();
            });
            assertThat(changes.version(rolledBack)).as("and once more when the transaction ends").isEqualTo(before + 3);

            long committedBefore = changes.version(committed);
            tx.executeWithoutResult(status -> {
                for (int i = 0; i < 3; i++) {
                    changes.changed(committed);
                }
            });
            assertThat(changes.version(committed)).isEqualTo(committedBefore + 4);
            changes.changed(outside);

            List<String> received = other.received(Duration.ofSeconds(1));
            assertThat(received).as("one notification per transaction and topic")
                    .containsOnlyOnce(changes.instanceId() + ":" + committed)
                    .containsOnlyOnce(changes.instanceId() + ":" + outside)
                    .noneMatch(p -> p.endsWith(":" + rolledBack));
        }
    }

    @Test
    void ownNotificationsAreIgnored() throws Exception {
        String own = topic();
        String barrier = topic();
        long before = changes.version(own);
        long barrierBefore = changes.version(barrier);
        try (OtherInstance other = new OtherInstance(dataSource)) {
            other.notify(changes.instanceId(), own).notify(OtherInstance.ID, barrier).commit();
        }
        // notifications arrive in order: once the barrier's has moved its topic, the own one was seen and skipped
        assertThat(within(DEADLINE, () -> changes.version(barrier) > barrierBefore)).isTrue();
        assertThat(changes.version(own)).isEqualTo(before);
    }

    @Test
    void aBrokenListeningConnectionIsOpenedAgainAndEveryTopicMoves() throws Exception {
        String topic = topic();
        long before = changes.version(topic);
        jdbc.queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?",
                "fazhi-changes");
        assertThat(within(DEADLINE, () -> changes.version(topic) > before))
                .as("notifications may have been missed while the connection was down").isTrue();

        // the topics move only once LISTEN ran on the new connection: a notification now is received
        String after = topic();
        long afterBefore = changes.version(after);
        try (OtherInstance other = new OtherInstance(dataSource)) {
            other.notify(OtherInstance.ID, after).commit();
        }
        assertThat(within(DEADLINE, () -> changes.version(after) > afterBefore)).as("listening again").isTrue();
    }

    private static String topic() {
        return "test-" + UUID.randomUUID();
    }
}
