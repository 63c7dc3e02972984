package org.fazhi.reconsideration.internal;

import java.time.LocalDate;

/**
 * A case as the list shows it.
 *
 * @param nextKind the open deadline due first, or {@code null}
 * @param nextDue  its last day
 * @param deemed   the review ran out without a decision: 视为受理 (第三十条第三款)
 */
public record CaseSummary(long id, String applicant, long respondentUnitId, String respondent, String act,
                          LocalDate receivedOn, CaseState state, Procedure procedure, DecisionType decisionType,
                          Light light, DeadlineKind nextKind, LocalDate nextDue, boolean late, boolean deemed) {
}
