package org.fazhi.organization.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.fazhi.organization.NameNormalizer;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;
import org.fazhi.platform.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export of the registry to .xlsx, and import of a sheet in the same layout: a preview lists every
 * problem with its row number, and applying is all-or-nothing (one transaction, re-checked first).
 * Rows whose full name is already a unit's name update that unit (add short name and aliases, set kind
 * and parent; no name is ever removed); other rows add units; rows marked 已合并 are skipped.
 */
@Service
public class UnitTransfer {

    /** What importing a row will do. */
    public enum Action { CREATE, UPDATE, UNCHANGED, SKIP }

    /** The plan for one row. */
    public record RowPlan(int row, Action action, String fullName) {
    }

    /** A problem in one row: message key and arguments. */
    public record RowError(int row, String key, List<Object> args) {
    }

    /** The preview of an import: a plan per row, and the problems; valid when there are none. */
    public record Preview(List<RowPlan> rows, List<RowError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final NameIndexHolder holder;
    private final UnitRegistry registry;

    UnitTransfer(NameIndexHolder holder, UnitRegistry registry) {
        this.holder = holder;
        this.registry = registry;
    }

    /** All units, active and merged, as .xlsx bytes. */
    public byte[] export() {
        NameIndex index = holder.index();
        List<UnitWorkbook.SheetRow> rows = index.allUnits().stream().map(u -> new UnitWorkbook.SheetRow(0,
                u.fullName(), u.shortName(), index.namesOf(u.id()).stream().filter(n -> n.type() == NameType.ALIAS)
                .map(NameIndex.Name::name).toList(), UnitWorkbook.label(u.kind()),
                u.parentId() == null ? null : index.unit(u.parentId()).map(UnitView::fullName).orElse(null),
                u.active() ? "正常" : UnitWorkbook.MERGED)).toList();
        return UnitWorkbook.write(rows);
    }

    /** Checks every row against the registry and the other rows; changes nothing. */
    public Preview preview(List<UnitWorkbook.SheetRow> rows) {
        NameIndex index = holder.index();
        Map<String, Integer> claimed = new HashMap<>();
        Set<String> newFullNames = new HashSet<>();
        rows.forEach(r -> {
            if (!skipped(r) && index.name(r.fullName()).isEmpty()) {
                newFullNames.add(NameNormalizer.normalize(r.fullName()));
            }
        });
        List<RowPlan> plans = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (UnitWorkbook.SheetRow r : rows) {
            if (skipped(r)) {
                plans.add(new RowPlan(r.row(), Action.SKIP, r.fullName()));
                continue;
            }
            int before = errors.size();
            Optional<UnitKind> kind = UnitWorkbook.kind(r.kind());
            if (kind.isEmpty()) {
                errors.add(new RowError(r.row(), "error.org.import.kind.unknown", List.of(r.kind())));
            }
            Long existing = null;
            if (NameNormalizer.normalize(r.fullName()).isEmpty()) {
                errors.add(new RowError(r.row(), "error.org.import.fullName.missing", List.of()));
            } else {
                existing = index.name(r.fullName()).map(NameIndex.Name::unitId).orElse(null);
            }
            for (String name : namesOf(r)) {
                checkName(index, r.row(), name, existing, claimed, errors);
            }
            if (r.parent() != null && index.name(r.parent()).isEmpty()
                    && !newFullNames.contains(NameNormalizer.normalize(r.parent()))) {
                errors.add(new RowError(r.row(), "error.org.import.parent.unknown", List.of(r.parent())));
            }
            if (errors.size() == before) {
                plans.add(new RowPlan(r.row(), existing == null ? Action.CREATE
                        : changes(index, r, existing, kind.orElseThrow()) ? Action.UPDATE : Action.UNCHANGED, r.fullName()));
            }
        }
        return new Preview(plans, errors);
    }

    /** Applies every row, or none: re-checks the sheet and runs all changes in one transaction. */
    @Transactional
    public int apply(List<UnitWorkbook.SheetRow> rows) {
        Preview preview = preview(rows);
        if (!preview.valid()) {
            throw new DomainException("error.org.import.invalid");
        }
        NameIndex index = holder.index();
        Map<String, Long> created = new HashMap<>();
        Map<Integer, Action> actions = new HashMap<>();
        preview.rows().forEach(p -> actions.put(p.row(), p.action()));
        for (UnitWorkbook.SheetRow r : rows) {
            if (actions.get(r.row()) == Action.CREATE) {
                UnitView unit = registry.create(new NewUnit(UnitWorkbook.kind(r.kind()).orElseThrow(), r.fullName(),
                        r.shortName(), distinctAliases(r), null));
                created.put(NameNormalizer.normalize(r.fullName()), unit.id());
            }
        }
        int changed = created.size();
        for (UnitWorkbook.SheetRow r : rows) {
            Action action = actions.get(r.row());
            UnitKind kind = UnitWorkbook.kind(r.kind()).orElse(null);
            Long parent = r.parent() == null ? null : Optional.ofNullable(created.get(NameNormalizer.normalize(r.parent())))
                    .orElseGet(() -> index.name(r.parent()).orElseThrow().unitId());
            if (action == Action.CREATE && parent != null) {
                registry.changeKindAndParent(created.get(NameNormalizer.normalize(r.fullName())), kind, parent);
            } else if (action == Action.UPDATE) {
                update(index, r, index.name(r.fullName()).orElseThrow().unitId(), kind, parent);
                changed++;
            }
        }
        return changed;
    }

    private void update(NameIndex index, UnitWorkbook.SheetRow r, long id, UnitKind kind, Long parent) {
        UnitView unit = index.unit(id).orElseThrow();
        Set<String> own = ownKeys(index, id);
        if (r.shortName() != null && !same(r.shortName(), unit.shortName()) && !same(r.shortName(), unit.fullName())) {
            registry.changeShortName(id, r.shortName());
            own.add(NameNormalizer.normalize(r.shortName()));
        }
        for (String alias : distinctAliases(r)) {
            if (own.add(NameNormalizer.normalize(alias))) {
                registry.addAlias(id, alias);
            }
        }
        if (kind != unit.kind() || !Objects.equals(parent, unit.parentId())) {
            registry.changeKindAndParent(id, kind, parent);
        }
    }

    private boolean changes(NameIndex index, UnitWorkbook.SheetRow r, long id, UnitKind kind) {
        UnitView unit = index.unit(id).orElseThrow();
        Set<String> own = ownKeys(index, id);
        Long parent = r.parent() == null ? null : index.name(r.parent()).map(NameIndex.Name::unitId).orElse(-1L);
        return kind != unit.kind() || !Objects.equals(parent, unit.parentId())
                || namesOf(r).stream().anyMatch(n -> !own.contains(NameNormalizer.normalize(n)));
    }

    private static void checkName(NameIndex index, int row, String name, Long existing, Map<String, Integer> claimed,
                                  List<RowError> errors) {
        try {
            NamePolicy.requireWellFormed(name, NamePolicy.MAX_FULL_LENGTH);
        } catch (DomainException e) {
            errors.add(new RowError(row, e.messageKey(), List.of(e.args())));
            return;
        }
        String key = NameNormalizer.normalize(name);
        Integer other = claimed.putIfAbsent(key, row);
        if (other != null && other != row) {
            errors.add(new RowError(row, "error.org.import.duplicateRow", List.of(name, other)));
        }
        index.term(name).ifPresent(t -> errors.add(new RowError(row, "error.org.name.collective", List.of(name, t.term()))));
        index.name(name).filter(n -> existing == null || n.unitId() != existing).ifPresent(n -> errors.add(new RowError(
                row, "error.org.name.taken", List.of(name, index.unit(n.unitId()).orElseThrow().fullName(), n.name()))));
    }

    private static Set<String> ownKeys(NameIndex index, long id) {
        Set<String> own = new HashSet<>();
        index.namesOf(id).forEach(n -> own.add(NameNormalizer.normalize(n.name())));
        return own;
    }

    private static List<String> namesOf(UnitWorkbook.SheetRow r) {
        List<String> names = new ArrayList<>();
        if (!NameNormalizer.normalize(r.fullName()).isEmpty()) {
            names.add(r.fullName());
        }
        Optional.ofNullable(r.shortName()).ifPresent(names::add);
        names.addAll(r.aliases());
        return names;
    }

    /** Aliases of the row minus repeats and minus those equal to its full or short name. */
    private static List<String> distinctAliases(UnitWorkbook.SheetRow r) {
        Set<String> seen = new HashSet<>();
        seen.add(NameNormalizer.normalize(r.fullName()));
        seen.add(NameNormalizer.normalize(r.shortName()));
        return r.aliases().stream().filter(a -> seen.add(NameNormalizer.normalize(a))).toList();
    }

    private static boolean same(String a, String b) {
        return NameNormalizer.normalize(a).equals(NameNormalizer.normalize(b));
    }

    private static boolean skipped(UnitWorkbook.SheetRow r) {
        return UnitWorkbook.MERGED.equals(r.status()) || "MERGED".equalsIgnoreCase(r.status());
    }
}
