package org.fazhi.platform;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Versions of what in-process caches keep, per topic, followed by every instance that runs on the same database.
 * A cache remembers the {@link #version(String)} it computed under and recomputes once the version moves; a writer
 * calls {@link #changed(String)} inside its transaction.
 * <p>
 * Here the version moves at once and again when the transaction completes (once per transaction and topic, however
 * many rows it writes), so a reader never keeps what was computed before the commit or what a rollback undoes.
 * Other instances learn of the change from a PostgreSQL {@code NOTIFY} on {@value #CHANNEL} sent in the same
 * transaction: PostgreSQL delivers it on commit and never on rollback; {@link ChangeListener} receives it.
 */
@Component
public class Changes {

    /** The channel every instance listens on. */
    public static final String CHANNEL = "fazhi_changes";

    /** The reporting loop: reports, reviews, sign-for, assignments, reporting settings. */
    public static final String PROGRESS = "progress";
    /** Plans: imports and re-imports, coordinator edits and round trips of responsibilities. */
    public static final String PLAN = "plan";
    /** The unit registry: units, names, collective terms, renames and merges. */
    public static final String ORGANIZATION = "organization";
    /** The working-day calendar and the period rules. */
    public static final String CALENDAR = "calendar";

    private final JdbcTemplate jdbc;
    private final String instanceId = UUID.randomUUID().toString();
    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();

    Changes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside the writing transaction (outside one: takes effect at once). */
    public void changed(String topic) {
        AtomicLong version = counter(topic);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            if (pending().topics.add(topic)) {
                announce(topic);
            }
        } else {
            announce(topic);
        }
        version.incrementAndGet();
    }

    /** The topic's current version; anything computed while it stays the same is valid. */
    public long version(String topic) {
        return counter(topic).get();
    }

    /** The id this instance signs its notifications with. */
    String instanceId() {
        return instanceId;
    }

    /** A notification's payload ({@code instance:topic}): another instance's change moves the topic here. */
    void received(String payload) {
        int colon = payload == null ? -1 : payload.indexOf(':');
        if (colon > 0 && !payload.substring(0, colon).equals(instanceId)) {
            counter(payload.substring(colon + 1)).incrementAndGet();
        }
    }

    /** Notifications may have been missed (listening started or resumed): every topic moves. */
    void movedAll() {
        versions.values().forEach(AtomicLong::incrementAndGet);
    }

    private AtomicLong counter(String topic) {
        AtomicLong version = versions.get(topic);
        return version != null ? version : versions.computeIfAbsent(topic, t -> new AtomicLong());
    }

    private void announce(String topic) {
        jdbc.query("SELECT pg_notify(?, ?)", (RowCallbackHandler) rs -> { }, CHANNEL, instanceId + ":" + topic);
    }

    /** The topics of the current transaction; the synchronization is found again while it is not suspended. */
    private Pending pending() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Pending p && p.owner == this) {
                return p;
            }
        }
        Pending p = new Pending(this);
        TransactionSynchronizationManager.registerSynchronization(p);
        return p;
    }

    /** Compared by identity: the set of synchronizations holds it while its topics grow. */
    private static final class Pending implements TransactionSynchronization {
        final Changes owner;
        final Set<String> topics = new LinkedHashSet<>();

        Pending(Changes owner) {
            this.owner = owner;
        }

        @Override
        public void afterCompletion(int status) {
            topics.forEach(t -> owner.counter(t).incrementAndGet());
        }
    }
}
