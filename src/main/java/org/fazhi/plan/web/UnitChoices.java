package org.fazhi.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.plan.TaskResponsibility;
import org.fazhi.plan.internal.PlanQueries;

/**
 * The units a task page's edit forms suggest: the plan's own responsible units first, then active units of
 * the same kinds as the task's units, at most {@value #MAX} — never the whole registry (a province holds
 * thousands). Any other unit can still be typed by name: forms resolve what is written with
 * {@link UnitDirectory#requireUnit}.
 */
final class UnitChoices {

    static final int MAX = 300;

    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\r\\n]+");

    private UnitChoices() {
    }

    static List<UnitView> forTask(UnitDirectory directory, PlanDirectory plans, long planId,
                                  PlanQueries.TaskView task) {
        Set<Long> ids = new LinkedHashSet<>();
        task.leads().forEach(u -> addId(ids, u.unitId()));
        task.partners().forEach(u -> addId(ids, u.unitId()));
        plans.responsibilities(planId).stream().map(TaskResponsibility::unitId).forEach(ids::add);
        Map<Long, UnitView> chosen = new LinkedHashMap<>();
        Set<UnitKind> kinds = new LinkedHashSet<>();
        for (Long id : ids) {
            directory.find(id).filter(UnitView::active).ifPresent(u -> {
                if (chosen.size() < MAX) {
                    chosen.put(u.id(), u);
                }
                kinds.add(u.kind());
            });
        }
        for (UnitKind kind : kinds) {
            for (UnitView u : directory.byKind(kind)) {
                if (chosen.size() >= MAX) {
                    return new ArrayList<>(chosen.values());
                }
                chosen.putIfAbsent(u.id(), u);
            }
        }
        return new ArrayList<>(chosen.values());
    }

    /** The units a form field names: ids or recorded names, one or several separated by 、，; or new lines. */
    static List<Long> resolveAll(UnitDirectory directory, List<String> written) {
        List<Long> ids = new ArrayList<>();
        for (String field : written == null ? List.<String>of() : written) {
            for (String name : SEPARATORS.split(field)) {
                if (!name.isBlank()) {
                    ids.add(directory.requireUnit(name));
                }
            }
        }
        return ids;
    }

    private static void addId(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
