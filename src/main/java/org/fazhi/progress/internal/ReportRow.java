package org.fazhi.progress.internal;

import java.time.Instant;
import org.fazhi.progress.ReportState;
import org.fazhi.progress.ReportStatus;

/** One version of a progress report. */
public record ReportRow(long id, long assignmentId, String periodKey, int versionNo, ReportState state,
                        ReportStatus status, String lateReason, String doneText, String nextSteps, Integer percent,
                        String author, Instant createdAt, Instant submittedAt, long version) {

    public boolean accepted() {
        return state == ReportState.ACCEPTED;
    }

    /** The owner reference of this version's evidence files. */
    public String evidenceOwner() {
        return owner(id);
    }

    static String owner(long reportId) {
        return "progress:report:" + reportId;
    }
}
