package org.fazhi.supervision;

import java.util.List;
import org.fazhi.supervision.internal.UrgeStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only view of urges for other modules (e.g. to show them on the progress pages later); no access check:
 * the caller shows them only to those who may see the unit.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionDirectory {

    private final UrgeStore urges;

    SupervisionDirectory(UrgeStore urges) {
        this.urges = urges;
    }

    /** The urges of one assignment, newest first. */
    public List<UrgeRecord> urgesOf(long assignmentId) {
        return urges.ofAssignment(assignmentId);
    }

    /** The urges of one unit, newest first. */
    public List<UrgeRecord> urgesOfUnit(long unitId) {
        return urges.ofUnit(unitId);
    }
}
