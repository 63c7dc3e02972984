/**
 * Dashboard — 工作总览 for the coordinating office and city leaders (read-only): completion and on-time rates of a
 * plan by section, by unit kind and by unit, the ranking of late units, reports waiting for review and open
 * supervision orders, every figure linked to the assignments behind it, and an Excel export. Figures of a plan
 * are computed once from {@link org.fazhi.progress.ProgressDirectory} and kept until the reporting loop changes
 * or the day turns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.fazhi.dashboard;
