package org.fazhi.supervision.internal;

import java.time.Instant;

/** One state change of a 整改 item: from, to, who, when and the note (comment, reason). */
public record RectificationEvent(long id, RectificationState from, RectificationState to, String actor, Instant at,
                                 String note) {
}
