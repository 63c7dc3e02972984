package org.fazhi.progress;

/** The office accepted or returned a report version. */
public record ReportReviewed(long reportId, long assignmentId, long unitId, boolean accepted) {
}
