package org.fazhi.plan.internal;

import java.time.LocalDate;
import org.fazhi.plan.ingest.ParsedTask;

/** The words of a task as the notice gives them. */
record TaskContent(String label, String title, String body, LocalDate dueDate, String dueText, int sourceLine) {

    static TaskContent of(ParsedTask task) {
        return new TaskContent(task.label(), task.title(), task.body() == null ? "" : task.body(), task.dueDate(),
                task.dueText(), task.sourceLine());
    }
}
