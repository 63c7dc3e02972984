package org.fazhi.plan;

import java.time.LocalDate;

/**
 * One (task, unit) pair of a plan as other modules see it: the progress module keeps one assignment per
 * pair. Tasks that are withdrawn and 市直有关部门 rows still to be designated are not listed.
 *
 * @param dueDate the task's deadline as a day, or {@code null} when the notice gave none or only words
 * @param dueText the deadline as the ledger shows it (e.g. 2021年12月底前), or {@code null}
 */
public record TaskResponsibility(long planId, long taskId, int taskNumber, String taskLabel, String taskTitle,
                                 LocalDate dueDate, String dueText, long unitId, boolean lead) {
}
