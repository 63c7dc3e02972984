package org.fazhi.organization.web;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.organization.CollectiveScope;
import org.fazhi.organization.NameNormalizer;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;
import org.fazhi.organization.internal.NameIndex;
import org.fazhi.organization.internal.NameIndexHolder;
import org.fazhi.organization.internal.NameType;
import org.springframework.stereotype.Component;

/** Builds what the unit pages show from the in-memory name index (no database round trip per page). */
@Component
class UnitListing {

    /** One unit as a row of the list. */
    record UnitRow(UnitView unit, String parentName, List<NameIndex.Name> aliases, Long mergedIntoId,
                  String mergedIntoName) {
    }

    /** The units of one kind. */
    record KindGroup(UnitKind kind, List<UnitRow> rows) {
    }

    /** A collective term and how many units it stands for now. */
    record TermRow(String term, CollectiveScope scope, int count) {
    }

    private final NameIndexHolder holder;

    UnitListing(NameIndexHolder holder) {
        this.holder = holder;
    }

    /** Units grouped by kind, filtered by any of their names (normalised substring match). */
    List<KindGroup> groups(String filter) {
        NameIndex index = holder.index();
        String key = NameNormalizer.normalize(filter);
        List<KindGroup> groups = new ArrayList<>();
        for (UnitKind kind : UnitKind.values()) {
            List<UnitRow> rows = index.allUnits().stream().filter(u -> u.kind() == kind)
                    .filter(u -> key.isEmpty() || matches(index, u, key)).map(u -> row(index, u)).toList();
            if (!rows.isEmpty()) {
                groups.add(new KindGroup(kind, rows));
            }
        }
        return groups;
    }

    UnitRow row(long id) {
        NameIndex index = holder.index();
        return index.unit(id).map(u -> row(index, u)).orElse(null);
    }

    long activeCount() {
        return holder.index().activeUnits().size();
    }

    long mergedCount() {
        return holder.index().allUnits().size() - activeCount();
    }

    List<TermRow> terms() {
        NameIndex index = holder.index();
        return index.terms().stream().map(t -> new TermRow(t.term(), t.scope(), index.expand(t.scope()).size())).toList();
    }

    /** Active units other than {@code exceptId}, for parent and merge-target choices. */
    List<UnitView> choices(Long exceptId) {
        return holder.index().activeUnits().stream().filter(u -> exceptId == null || u.id() != exceptId).toList();
    }

    private static boolean matches(NameIndex index, UnitView unit, String key) {
        return NameNormalizer.normalize(unit.fullName()).contains(key)
                || index.namesOf(unit.id()).stream().anyMatch(n -> NameNormalizer.normalize(n.name()).contains(key));
    }

    private static UnitRow row(NameIndex index, UnitView unit) {
        String parent = unit.parentId() == null ? null
                : index.unit(unit.parentId()).map(UnitView::fullName).orElse(null);
        List<NameIndex.Name> aliases = index.namesOf(unit.id()).stream().filter(n -> n.type() == NameType.ALIAS).toList();
        Long successor = unit.active() ? null : index.successorOf(unit.id());
        String mergedInto = successor == null ? null : index.unit(successor).map(UnitView::fullName).orElse(null);
        return new UnitRow(unit, parent, aliases, successor, mergedInto);
    }
}
