package org.fazhi.plan.ingest;

/**
 * A piece of notice text that is neither header nor task (the covering letter, the plan's preamble),
 * kept so no text of the notice is silently lost.
 */
public record SourceText(int line, String text) {
}
