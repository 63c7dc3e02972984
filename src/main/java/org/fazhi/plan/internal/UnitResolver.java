package org.fazhi.plan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitView;
import org.fazhi.plan.ingest.Responsibility;

/**
 * Turns the unit names a task lists into responsible units: a recorded name becomes its unit, a
 * collective term expands to its units (市直有关部门 stays one row "to be designated"), a name the
 * coordinator mapped by hand becomes the chosen unit, and anything else is reported as unknown — never
 * guessed. A unit named both on its own and through a collective counts once, as named on its own.
 */
class UnitResolver {

    /** The units of one task and the names that could not be resolved. */
    record Outcome(List<ResolvedUnit> units, List<String> unknown) {
    }

    private final UnitDirectory directory;

    UnitResolver(UnitDirectory directory) {
        this.directory = directory;
    }

    Outcome resolve(List<Responsibility> named, Map<String, Long> mappings) {
        Map<Object, ResolvedUnit> units = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (Responsibility r : named) {
            Long mapped = mappings.get(r.name());
            boolean mappedToActive = mapped != null && directory.find(mapped).filter(UnitView::active).isPresent();
            NameResolution resolution = mappedToActive
                    ? new NameResolution.Resolved(r.name(), mapped, r.name())
                    : directory.resolve(r.name());
            if (resolution instanceof NameResolution.Resolved res) {
                put(units, new ResolvedUnit(res.unitId(), r.name(), null, r.lead(), false));
            } else if (resolution instanceof NameResolution.Collective c && c.awaitingDesignation()) {
                units.putIfAbsent("term:" + c.term(), new ResolvedUnit(null, r.name(), c.term(), false, true));
            } else if (resolution instanceof NameResolution.Collective c) {
                c.expandsTo().forEach(id -> put(units, new ResolvedUnit(id, r.name(), c.term(), false, false)));
            } else {
                unknown.add(resolution.written());
            }
        }
        return new Outcome(new ArrayList<>(units.values()), new ArrayList<>(unknown));
    }

    private static void put(Map<Object, ResolvedUnit> units, ResolvedUnit unit) {
        units.merge(unit.unitId(), unit, (old, now) -> {
            boolean lead = old.lead() || now.lead();
            ResolvedUnit named = old.viaTerm() == null ? old : now;
            return new ResolvedUnit(named.unitId(), named.writtenName(), named.viaTerm(), lead, false);
        });
    }
}
