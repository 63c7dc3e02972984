package org.fazhi.plan.ingest;

import java.time.LocalDate;

/** A deadline: the words as written and, where they give one, the date. */
record Deadline(LocalDate date, String text) {
}
