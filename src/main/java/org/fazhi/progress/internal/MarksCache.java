package org.fazhi.progress.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.fazhi.plan.ProgressMark;
import org.fazhi.platform.Changes;
import org.springframework.stereotype.Component;

/**
 * The ledger's progress marks per plan, kept until anything in the reporting loop changes (the
 * {@link Changes#PROGRESS} version, which moves again after the change commits, so a reader never caches what a
 * rollback undoes, and moves too when another instance on the same database commits a change) or the day turns
 * (lights depend on today).
 * Plan pages and unit pages ask for a whole plan's marks on every request; computing them walks every
 * assignment of the plan.
 */
@Component
class MarksCache {

    private record Entry(long generation, LocalDate day, List<ProgressMark> marks) {
    }

    private final Changes changes;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    MarksCache(Changes changes) {
        this.changes = changes;
    }

    /** Something changed: marks computed before the current transaction commits are no longer valid. */
    void changed() {
        changes.changed(Changes.PROGRESS);
    }

    /**
     * The current generation: anything computed from the reporting loop's tables under this number is valid
     * while it stays the same (the unit pages' rows and the dashboards' figures are kept by it too).
     */
    long generation() {
        return changes.version(Changes.PROGRESS);
    }

    List<ProgressMark> marks(long planId, LocalDate today, Supplier<List<ProgressMark>> compute) {
        long now = generation();
        Entry entry = entries.get(planId);
        if (entry != null && entry.generation() == now && entry.day().equals(today)) {
            return entry.marks();
        }
        List<ProgressMark> marks = List.copyOf(compute.get());
        entries.put(planId, new Entry(now, today, marks));
        return marks;
    }
}
