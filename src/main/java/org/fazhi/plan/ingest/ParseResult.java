package org.fazhi.plan.ingest;

/**
 * The outcome of {@link NoticeParser#parse(byte[], String)}: either a {@link ParsedNotice} (possibly with
 * warnings) or a {@link Refusal} that says, with a message key, why the input cannot become a ledger.
 */
public sealed interface ParseResult permits ParsedNotice, Refusal {
}
