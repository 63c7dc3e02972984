package org.fazhi.progress.internal;

import java.time.Instant;

/** One entry of a report's history: submitted, approved or returned by the leader, accepted or returned by the office. */
public record ReportDecision(long reportId, String kind, String actor, Instant at, String comment) {
}
