package org.fazhi.plan.ingest;

/** One line of notice text with its 1-based number (a paragraph or table row for .docx/.xlsx). */
record SourceLine(int number, String text) {
}
