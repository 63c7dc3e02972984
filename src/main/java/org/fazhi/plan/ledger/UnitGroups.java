package org.fazhi.plan.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.plan.internal.PlanQueries.TaskView;
import org.fazhi.plan.internal.PlanQueries.UnitLine;

/**
 * Groups a task's partner units the way the notice named them: each collective term (市直各部门, 各县(市、区)政府)
 * with the units it expanded to, and the units named one by one. Templates call {@code ${unitGroups.of(t)}}.
 */
public final class UnitGroups {

    /** A collective term and its units, or ({@code term == null}) one individually named unit. */
    public record Group(String term, List<UnitLine> units) {
    }

    /** The partner groups of a task, in the order the notice named them. */
    public List<Group> of(TaskView task) {
        Map<String, List<UnitLine>> byTerm = new LinkedHashMap<>();
        List<Group> groups = new ArrayList<>();
        for (UnitLine line : task.partners()) {
            if (line.viaTerm() == null) {
                groups.add(new Group(null, List.of(line)));
            } else {
                List<UnitLine> units = byTerm.get(line.viaTerm());
                if (units == null) {
                    units = new ArrayList<>();
                    byTerm.put(line.viaTerm(), units);
                    groups.add(new Group(line.viaTerm(), units));
                }
                units.add(line);
            }
        }
        return groups;
    }
}
