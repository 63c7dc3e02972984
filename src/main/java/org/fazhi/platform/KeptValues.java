package org.fazhi.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values read from committed data and kept per key while their topic's {@link Changes} version stays the same. A
 * write calls {@link #changed()} inside its transaction; the version moves at once, again when the transaction ends,
 * and on every other instance when it commits, so a value computed while a write was under way, or before another
 * instance's commit, is never served. Every page's navigation bar, the progress pages' badges and the dashboard's
 * supervision figures read through this instead of querying on each view; a write forgets the whole topic.
 */
public final class KeptValues<K, V> {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry<V>(long version, V value) {
    }

    private final Changes changes;
    private final String topic;
    private final Map<K, Entry<V>> values = new ConcurrentHashMap<>();

    public KeptValues(Changes changes, String topic) {
        this.changes = changes;
        this.topic = topic;
    }

    /** The kept value of {@code key}, or {@code compute}'s (kept under the version read before computing). */
    public V get(K key, Supplier<V> compute) {
        long version = changes.version(topic);
        Entry<V> entry = values.get(key);
        if (entry != null && entry.version() == version) {
            return entry.value();
        }
        V value = compute.get();
        if (values.size() >= MAX_ENTRIES) {
            values.clear();
        }
        values.put(key, new Entry<>(version, value)); // kept under the version read before: stale once it moved
        return value;
    }

    /** The topic's values change in the current transaction (outside one: have changed). */
    public void changed() {
        changes.changed(topic);
    }
}
