package org.fazhi.progress;

/** A unit submitted a report version (to its leader or to the office). */
public record ProgressReported(long reportId, long assignmentId, long unitId) {
}
