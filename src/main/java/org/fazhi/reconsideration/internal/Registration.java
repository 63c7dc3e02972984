package org.fazhi.reconsideration.internal;

import java.time.LocalDate;

/**
 * What is registered when an application arrives.
 *
 * @param applicant        申请人
 * @param respondentUnitId 被申请人 (a unit of the registry)
 * @param act              the administrative act challenged (被申请复议的行政行为)
 * @param channel          how it was received
 * @param receivedOn       the day the reconsideration organ received it (starts the review, 第三十条)
 * @param knewOn           the day the applicant knew or should have known of the act (第二十条第一款)
 * @param toldOfRight      whether the act told the applicant of the right, organ and time limit (第二十条第三款)
 * @param rightsKnownOn    when not told: the day the applicant learned of the right, if known
 */
public record Registration(String applicant, long respondentUnitId, String act, Channel channel,
                           LocalDate receivedOn, LocalDate knewOn, boolean toldOfRight, LocalDate rightsKnownOn) {
}
