/**
 * Synthetic data — a loading tool, not a business module: {@code java -jar fazhi.jar generate city|province}
 * fills the database with plans, tasks, responsibilities, assignments, quarterly report versions and their
 * decisions at city or province scale, for the benchmarks and for trying the system. It writes straight into
 * other modules' tables (organization, plan, progress) with PostgreSQL COPY, in one transaction, taking ids from
 * their sequences; the rows follow those modules' migrations and readers (normalised names, states, unique keys),
 * and its integration test reads them back through the modules' own APIs. See docs/synthetic-data.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Synthetic data")
package org.fazhi.synthetic;
