package org.fazhi.platform;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises first-start seeding between several application instances that start at once on one empty
 * database: each seeder takes a PostgreSQL transaction-level advisory lock named after what it seeds before it
 * checks whether the tables are still empty, so the second instance waits for the first one's commit and then
 * finds the data there instead of failing on a unique index halfway through its own seed.
 */
@Component
public class FirstStartLock {

    private final JdbcTemplate jdbc;

    FirstStartLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits for and holds the lock {@code name} until the caller's transaction ends.
     *
     * @throws IllegalStateException outside a transaction, where the lock would be released at once
     */
    public void hold(String name) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("FirstStartLock.hold needs a transaction: " + name);
        }
        jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> { }, "fazhi.first-start." + name);
    }
}
