package org.fazhi.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.fazhi.platform.DomainException;

/**
 * The coordinator's edits to a task's responsible units, as rules over the list of units: each returns the
 * new list or refuses with a message key. Pure — {@link TaskEditing} applies the result to the task.
 */
final class TaskEdits {

    private TaskEdits() {
    }

    /**
     * 指定 — names the units behind a term still to be designated (市直有关部门); the term's placeholder gives way
     * to them. Units already responsible for the task are refused rather than silently skipped.
     */
    static List<ResolvedUnit> designate(List<ResolvedUnit> units, String term, List<Long> unitIds,
                                        Function<Long, String> names) {
        if (unitIds.isEmpty()) {
            throw new DomainException("error.ledger.edit.noUnits");
        }
        ResolvedUnit placeholder = units.stream().filter(u -> u.toDesignate() && Objects.equals(u.viaTerm(), term))
                .findFirst().orElseThrow(() -> new DomainException("error.ledger.edit.nothingToDesignate", term));
        List<ResolvedUnit> next = new ArrayList<>();
        for (ResolvedUnit u : units) {
            if (u == placeholder) {
                for (Long id : unitIds) {
                    requireNotResponsible(units, id);
                    next.add(new ResolvedUnit(id, names.apply(id), term, false, false));
                }
            } else {
                next.add(u);
            }
        }
        return next;
    }

    /** Adds a unit (as lead or partner); a unit already responsible cannot be added twice. */
    static List<ResolvedUnit> add(List<ResolvedUnit> units, long unitId, String name, boolean lead) {
        requireNotResponsible(units, unitId);
        List<ResolvedUnit> next = new ArrayList<>(units);
        next.add(new ResolvedUnit(unitId, name, null, lead, false));
        return next;
    }

    /** Removes a unit; a task keeps at least one named responsible unit (a term still to designate is none). */
    static List<ResolvedUnit> remove(List<ResolvedUnit> units, long unitId) {
        requireResponsible(units, unitId);
        List<ResolvedUnit> next = units.stream().filter(u -> !Objects.equals(u.unitId(), unitId)).toList();
        if (next.stream().allMatch(u -> u.unitId() == null)) {
            throw new DomainException("error.ledger.edit.lastUnit");
        }
        return next;
    }

    /** Makes one responsible unit the sole lead (牵头单位); the former leads stay on as partners. */
    static List<ResolvedUnit> makeLead(List<ResolvedUnit> units, long unitId) {
        requireResponsible(units, unitId);
        return units.stream().map(u -> new ResolvedUnit(u.unitId(), u.writtenName(), u.viaTerm(),
                Objects.equals(u.unitId(), unitId), u.toDesignate())).toList();
    }

    private static void requireResponsible(List<ResolvedUnit> units, long unitId) {
        if (units.stream().noneMatch(u -> Objects.equals(u.unitId(), unitId))) {
            throw new DomainException("error.ledger.edit.notResponsible");
        }
    }

    private static void requireNotResponsible(List<ResolvedUnit> units, long unitId) {
        if (units.stream().anyMatch(u -> Objects.equals(u.unitId(), unitId))) {
            throw new DomainException("error.ledger.edit.alreadyResponsible");
        }
    }
}
