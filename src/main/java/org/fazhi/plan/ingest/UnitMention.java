package org.fazhi.plan.ingest;

/** A unit named in a responsibility tag, before the {@link LeadRule} decides who leads. */
record UnitMention(String name, boolean markedLead, boolean markedPartner) {
}
