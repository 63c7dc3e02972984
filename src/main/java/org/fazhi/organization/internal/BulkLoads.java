package org.fazhi.organization.internal;

import org.fazhi.organization.UnitsLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Marks the name index stale when units were loaded in bulk outside the registry ({@link UnitsLoaded}). */
@Component
class BulkLoads {

    private final NameIndexHolder index;

    BulkLoads(NameIndexHolder index) {
        this.index = index;
    }

    @EventListener
    void on(UnitsLoaded event) {
        index.invalidate();
    }
}
