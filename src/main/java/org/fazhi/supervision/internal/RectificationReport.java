package org.fazhi.supervision.internal;

import java.time.Instant;
import java.util.List;
import org.fazhi.attachment.StoredFile;

/**
 * One report of a 整改 item by its unit: a draft until submitted, then never changed; the office's review
 * (accepted, or returned with a comment) is written on it once. Earlier reports stay as they were.
 */
public record RectificationReport(long id, long rectificationId, int seq, String text, State state, String savedBy,
                                  Instant savedAt, String submittedBy, Instant submittedAt, String reviewedBy,
                                  Instant reviewedAt, String reviewComment, List<StoredFile> files) {

    /** A report's state. */
    public enum State {
        DRAFT, SUBMITTED, RETURNED, ACCEPTED
    }

    /** The owner reference of a report's evidence files in the attachment module. */
    public static String owner(long reportId) {
        return "supervision:rectification-report:" + reportId;
    }
}
