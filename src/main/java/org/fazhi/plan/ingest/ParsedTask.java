package org.fazhi.plan.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One key task (重点任务) of a notice.
 *
 * @param number           position of the task in the whole notice, 1-based
 * @param label            the label as written ("(一)", "1．", a table's 序号)
 * @param title            the first sentence, up to the first 。
 * @param body             the rest of the task text, responsibility and deadline tags removed
 * @param dueDate          the deadline when the notice gives a date ("2023年9月底前" → 2023-09-30), else null
 * @param dueText          the deadline words as written, null if none
 * @param responsibilities the responsible units in the order named
 * @param sourceLine       the line (table row, paragraph) where the task starts
 */
public record ParsedTask(int number, String label, String title, String body, LocalDate dueDate, String dueText,
        List<Responsibility> responsibilities, int sourceLine) {

    public ParsedTask {
        responsibilities = List.copyOf(responsibilities);
    }
}
