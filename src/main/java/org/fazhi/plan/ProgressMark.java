package org.fazhi.plan;

/**
 * What the ledger shows of one (task, unit) pair's progress.
 *
 * @param light        the traffic light
 * @param statusKey    message key of the reported status (e.g. {@code progress.status.IN_PROGRESS}), or
 *                     {@code null} when nothing was accepted yet
 * @param progressText the 进展情况 text of the latest accepted report, or {@code null}
 */
public record ProgressMark(long taskId, long unitId, TrafficLight light, String statusKey, String progressText) {

    /** The light alone, as another unit on the same task sees it ({@link ProgressScope}): no status, no text. */
    public ProgressMark lightOnly() {
        return statusKey == null && progressText == null ? this : new ProgressMark(taskId, unitId, light, null, null);
    }
}
