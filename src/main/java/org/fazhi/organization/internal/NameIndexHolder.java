package org.fazhi.organization.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.platform.Changes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds the current {@link NameIndex}. A change to the registry moves the {@link Changes#ORGANIZATION} version
 * (again when its transaction ends, and on the other instances on the same database when it commits); the next
 * lookup rebuilds the index from committed data (in its own read-only transaction), so the index never shows
 * uncommitted or rolled-back names.
 */
@Component
public class NameIndexHolder {

    private record Snapshot(long generation, NameIndex index) {
    }

    private final Units units;
    private final UnitNames names;
    private final CollectiveTerms terms;
    private final TransactionTemplate readOnly;
    private final Changes changes;
    private volatile Snapshot snapshot;

    NameIndexHolder(Units units, UnitNames names, CollectiveTerms terms, PlatformTransactionManager txManager,
                    Changes changes) {
        this.changes = changes;
        this.units = units;
        this.names = names;
        this.terms = terms;
        this.readOnly = new TransactionTemplate(txManager);
        readOnly.setReadOnly(true);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The index of the committed registry. */
    public NameIndex index() {
        Snapshot current = snapshot;
        if (current != null && current.generation() == changes.version(Changes.ORGANIZATION)) {
            return current.index();
        }
        synchronized (this) {
            long wanted = changes.version(Changes.ORGANIZATION);
            if (snapshot == null || snapshot.generation() != wanted) {
                snapshot = new Snapshot(wanted, readOnly.execute(status -> build()));
            }
            return snapshot.index();
        }
    }

    /** Marks the index stale once the current transaction ends (or at once, outside a transaction). */
    public void invalidate() {
        changes.changed(Changes.ORGANIZATION);
    }

    private NameIndex build() {
        List<Unit> all = units.findAll();
        Map<Long, Long> successors = new HashMap<>();
        all.stream().filter(u -> u.getMergedIntoId() != null).forEach(u -> successors.put(u.getId(), u.getMergedIntoId()));
        return new NameIndex(
                all.stream()
                        .sorted(java.util.Comparator.comparing(Unit::getKind).thenComparing(Unit::getSortOrder)
                                .thenComparing(Unit::getId))
                        .map(Unit::toView).toList(),
                names.findAll().stream().map(n -> new NameIndex.Name(n.getUnitId(), n.getName(), n.getType())).toList(),
                terms.findAllByOrderBySortOrderAscIdAsc().stream().map(CollectiveTerm::toTerm).toList(), successors);
    }
}
