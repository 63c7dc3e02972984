package org.fazhi.reconsideration.internal;

import java.time.Instant;

/**
 * One recorded step of a case: what (the command with its dates and notes), who, when, and the state change.
 *
 * @param seq  0 for the registration, then 1, 2, …
 * @param from the state before ({@code null} for the registration)
 * @param to   the state after
 */
public record CaseEvent(int seq, Command command, CaseState from, CaseState to, String actor, Instant at) {
}
