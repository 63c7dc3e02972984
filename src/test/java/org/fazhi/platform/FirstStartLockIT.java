package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two instances seeding at once: the second waits for the first one's commit before it looks at the tables. */
@IntegrationTest
class FirstStartLockIT {

    @Autowired
    FirstStartLock lock;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aSecondSeederWaitsUntilTheFirstOneCommits() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        String name = "test." + System.nanoTime();
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicBoolean firstCommitted = new AtomicBoolean();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            lock.hold(name);
            firstHolds.countDown();
            await(releaseFirst);
            firstCommitted.set(true);
        }));
        assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> tx.execute(s -> {
            lock.hold(name);
            return firstCommitted.get();
        }));
        Thread.sleep(300);
        assertThat(second).isNotDone();
        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).as("the second saw the first one finished").isTrue();
    }

    @Test
    void refusesToRunOutsideATransaction() {
        assertThatThrownBy(() -> lock.hold("x")).isInstanceOf(IllegalStateException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
