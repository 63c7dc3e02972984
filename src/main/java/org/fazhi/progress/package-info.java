/**
 * Progress — the reporting loop (执行闭环): one assignment per (task, responsible unit) created from plan
 * events, sign-for (签收) and adjustment requests, reporting cycles on the working-day calendar, progress
 * reports with evidence as immutable versions, unit-leader approval, the office's review, and traffic
 * lights. Other modules learn of it through {@link org.fazhi.progress.ProgressReported} and
 * {@link org.fazhi.progress.ReportReviewed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress")
package org.fazhi.progress;
