/**
 * Supervision — what the office does about lateness: every user's in-app inbox (消息), urging (催办) with
 * escalation to the unit's leaders, formal supervision orders (督办) with a written response and a working-day
 * deadline, and the daily digest e-mail. Listens to {@link org.fazhi.progress.ProgressReported} and
 * {@link org.fazhi.progress.ReportReviewed}; reads assignments through {@link org.fazhi.progress.ProgressDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.fazhi.supervision;
