package org.fazhi.progress;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * SPI the supervision module implements so that the progress pages can show what the office did about an
 * assignment (催办, open 督办) without progress depending on supervision (which depends on progress). Without an
 * implementation the pages show no remarks. Read on every page view (one query per page), so an urge shows at
 * once.
 */
public interface AssignmentRemarks {

    /**
     * What the office did about one assignment.
     *
     * @param urges       how many times it was urged (催办)
     * @param lastUrgedAt when it was last urged, {@code null} if never
     * @param openOrders  how many supervision orders (督办) naming it are not closed yet
     */
    record Remark(long assignmentId, int urges, Instant lastUrgedAt, int openOrders) {
    }

    /**
     * The remarks of those of {@code assignmentIds} that have any; the others are left out.
     */
    Map<Long, Remark> of(Collection<Long> assignmentIds);
}
