package org.fazhi.supervision.internal;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read from committed data and kept per key until a write to that key ends (commits or rolls back). A write
 * calls {@link #changed} inside its transaction: the keys are forgotten at once and again when the transaction
 * ends, and a value computed while any write was under way is not kept, so a reader never keeps what a later
 * commit changed or what a rollback undid. Every page's navigation bar and the progress pages' badges read through
 * this instead of querying on each view.
 */
final class KeptValues<K, V> {

    private static final int MAX_ENTRIES = 10_000;

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private long version;

    V get(K key, Supplier<V> compute) {
        V value = values.get(key);
        if (value != null) {
            return value;
        }
        long before;
        synchronized (this) {
            before = version;
        }
        value = compute.get();
        synchronized (this) {
            if (version == before) {
                if (values.size() >= MAX_ENTRIES) {
                    values.clear();
                }
                values.put(key, value);
            }
        }
        return value;
    }

    /** The keys' values change in the current transaction (outside one: have changed); {@code null}: all keys. */
    void changed(Collection<K> keys) {
        forget(keys);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(keys);
                }
            });
        }
    }

    private synchronized void forget(Collection<K> keys) {
        version++;
        if (keys == null) {
            values.clear();
        } else {
            keys.forEach(values::remove);
        }
    }
}
