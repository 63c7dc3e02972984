package org.fazhi.plan.ledger;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.plan.ProgressMark;

/**
 * 台账 — a plan (or one unit's part of it) laid out for export: sections in notice order, each task with its
 * units by name. The writers (Excel, Word, CSV) only read this, so they can be measured without a database.
 *
 * @param unitName the unit the ledger is narrowed to, or {@code null} for the whole plan
 */
public record Ledger(String title, String docNumber, String issuer, LocalDate issuedOn, String unitName,
                     List<Part> parts) {

    public Ledger {
        parts = List.copyOf(parts);
    }

    /** A section of the plan ("一、…") with its tasks. */
    public record Part(int number, String heading, List<Item> items) {
        public Part {
            items = List.copyOf(items);
        }
    }

    /**
     * One task.
     *
     * @param number  序号 — the task's number in the plan, unique within it (the round trip matches on it)
     * @param leads   牵头单位
     * @param units   责任单位 other than the leads, one per unit (collective terms expanded); a term still to be
     *                designated (市直有关部门) appears as written
     * @param written 责任单位 as the notice wrote them (collective terms not expanded), for the Word document
     * @param due     完成时限 as written; {@code dueDate} the day it stands for, if known
     * @param progress per spreadsheet row, the progress to show in its 进展情况 cell: the first row carries the
     *                 leads' marks, each row its own unit's (empty when no progress is known)
     */
    public record Item(long taskId, int number, String label, String title, String body, List<String> leads,
                       List<String> units, List<String> written, String due, LocalDate dueDate,
                       List<List<Progress>> progress) {
        public Item {
            leads = List.copyOf(leads);
            units = List.copyOf(units);
            written = List.copyOf(written);
            progress = progress.stream().map(List::copyOf).toList();
        }

        /** A task without progress. */
        public Item(long taskId, int number, String label, String title, String body, List<String> leads,
                    List<String> units, List<String> written, String due, LocalDate dueDate) {
            this(taskId, number, label, title, body, leads, units, written, due, dueDate, List.of());
        }

        /** The marks of spreadsheet row {@code row} (0 = the task's first row). */
        public List<Progress> progressOfRow(int row) {
            return row < progress.size() ? progress.get(row) : List.of();
        }

        /** Every mark of the task, leads first. */
        public List<Progress> allProgress() {
            return progress.stream().flatMap(List::stream).toList();
        }

        /** How many spreadsheet rows the task takes: one per responsible unit, at least one. */
        public int rows() {
            return Math.max(1, units.size());
        }
    }

    /** One unit's progress on a task, as the 进展情况 column shows it. */
    public record Progress(String unit, boolean lead, ProgressMark mark) {
    }

    /** How many tasks the ledger holds. */
    public int taskCount() {
        return parts.stream().mapToInt(p -> p.items().size()).sum();
    }

    /** How many task-unit rows the ledger holds. */
    public int rowCount() {
        return parts.stream().flatMap(p -> p.items().stream()).mapToInt(Item::rows).sum();
    }
}
