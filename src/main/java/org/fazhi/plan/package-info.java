/**
 * Plan — 年度法治政府建设工作安排: plans imported from official notices, their sections, key tasks and
 * responsible units (the ledger 台账). {@code plan.ingest} is the pure notice parser; the import resolves
 * written unit names through the organization module and saves a plan all-or-nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan")
package org.fazhi.plan;
