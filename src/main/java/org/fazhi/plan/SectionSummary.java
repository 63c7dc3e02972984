package org.fazhi.plan;

import java.util.List;

/**
 * A section of a plan (一、二、… of the notice) as other modules see it, with the ids of its tasks in notice
 * order (withdrawn ones included).
 */
public record SectionSummary(long id, long planId, int number, String heading, List<Long> taskIds) {

    public SectionSummary {
        taskIds = List.copyOf(taskIds);
    }
}
