package org.fazhi.plan.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan page's data in compact, immutable form: the plan's header, its sections and tasks in notice order,
 * each task's units by name with collective terms grouped (and their member names already joined, so the page
 * renders a collective as one text, not thirty tags). Built by one query and cached per plan by
 * {@link PlanSheets}; progress is not part of it (it changes on its own and is looked up per request).
 */
public record PlanSheet(long planId, String title, String docNumber, String issuer, LocalDate issuedOn,
                        List<Part> parts, int taskCount) {

    public PlanSheet {
        parts = List.copyOf(parts);
    }

    /** A section ("一、…") and its tasks. */
    public record Part(long sectionId, int number, String heading, List<Row> tasks) {
        public Part {
            tasks = List.copyOf(tasks);
        }
    }

    /**
     * One task.
     *
     * @param partners    the partner units as the notice grouped them: named units one by one, collective terms
     *                    with their units
     * @param toDesignate terms still to be designated (市直有关部门), as written
     * @param unitIds     every lead and partner unit, for the unit and kind filters
     */
    public record Row(long taskId, int number, String label, String title, String body, String dueText,
                      LocalDate dueDate, boolean withdrawn, List<Unit> leads, List<Group> partners,
                      List<String> toDesignate, List<Long> unitIds) {
        public Row {
            leads = List.copyOf(leads);
            partners = List.copyOf(partners);
            toDesignate = List.copyOf(toDesignate);
            unitIds = List.copyOf(unitIds);
        }

        /** How many units are responsible (leads and partners). */
        public int unitCount() {
            return unitIds.size();
        }
    }

    /** A responsible unit. */
    public record Unit(long id, String name) {
    }

    /**
     * Partner units: a collective term and the units it stands for, or ({@code term == null}) one unit named on its
     * own; {@code names} is the units' names joined with 、.
     */
    public record Group(String term, List<Unit> units, String names) {
        public Group {
            units = List.copyOf(units);
        }
    }
}
