package org.fazhi.reconsideration.internal;

import java.time.Instant;
import java.util.List;

/**
 * A case as stored: its id and version (optimistic locking), its replayed state and its history.
 */
public record StoredCase(long id, long version, CaseFile file, List<CaseEvent> events, String createdBy,
                         Instant createdAt) {

    public StoredCase {
        events = List.copyOf(events);
    }

    public long respondentUnitId() {
        return file.registration().respondentUnitId();
    }
}
