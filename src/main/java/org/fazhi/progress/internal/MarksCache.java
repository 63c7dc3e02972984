package org.fazhi.progress.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.fazhi.plan.ProgressMark;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ledger's progress marks per plan, kept until anything in the reporting loop changes (counted after the
 * change commits, so a reader never caches what a rollback undoes) or the day turns (lights depend on today).
 * Plan pages and unit pages ask for a whole plan's marks on every request; computing them walks every
 * assignment of the plan.
 */
@Component
class MarksCache {

    private record Entry(long generation, LocalDate day, List<ProgressMark> marks) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    /** Something changed: marks computed before the current transaction commits are no longer valid. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(this)) {
            // once per transaction, however many rows it writes (an import writes hundreds)
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(MarksCache.this);
                    generation.incrementAndGet();
                }
            });
        }
        generation.incrementAndGet();
    }

    /**
     * The current generation: anything computed from the reporting loop's tables under this number is valid
     * while it stays the same (the unit pages' rows and the dashboards' figures are kept by it too).
     */
    long generation() {
        return generation.get();
    }

    List<ProgressMark> marks(long planId, LocalDate today, Supplier<List<ProgressMark>> compute) {
        long now = generation.get();
        Entry entry = entries.get(planId);
        if (entry != null && entry.generation() == now && entry.day().equals(today)) {
            return entry.marks();
        }
        List<ProgressMark> marks = List.copyOf(compute.get());
        entries.put(planId, new Entry(now, today, marks));
        return marks;
    }
}
