package org.fazhi.progress.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.fazhi.progress.SignState;

/** One assignment: a responsible unit's share of a task. Retired ones ({@code active == false}) keep their reports. */
public record AssignmentRow(long id, long planId, long taskId, long unitId, boolean lead, boolean active,
                            LocalDate createdOn, SignState signState, Instant signedAt, String signedBy,
                            long version) {
}
