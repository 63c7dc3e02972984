package org.fazhi.supervision;

import java.time.Instant;
import java.util.List;

/**
 * One 催办 as recorded: which assignment, the how-many-th urge it was, whether it went to the leaders too.
 *
 * @param recipients the usernames it was delivered to
 */
public record UrgeRecord(long id, long assignmentId, long planId, long unitId, int sequenceNo, boolean escalated,
                         String message, List<String> recipients, String urgedBy, Instant urgedAt) {

    public UrgeRecord {
        recipients = List.copyOf(recipients);
    }
}
