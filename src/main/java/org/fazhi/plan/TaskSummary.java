package org.fazhi.plan;

import java.time.LocalDate;

/** A task as other modules see it. */
public record TaskSummary(long id, long planId, int number, String label, String title, String body,
                          LocalDate dueDate, String dueText, boolean withdrawn) {
}
