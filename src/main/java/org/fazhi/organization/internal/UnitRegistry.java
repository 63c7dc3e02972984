package org.fazhi.organization.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.organization.NameNormalizer;
import org.fazhi.organization.UnitCreated;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitRenamed;
import org.fazhi.organization.UnitView;
import org.fazhi.organization.UnitsMerged;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the unit registry: add, rename, short name and aliases, kind and parent, merge. Every
 * change keeps the one-namespace rule ({@link NamePolicy}), publishes its event inside the transaction
 * and refreshes the name index after commit. Access control sits on the admin pages.
 */
@Service
@Transactional
public class UnitRegistry {

    private final Units units;
    private final UnitNames names;
    private final NamePolicy policy;
    private final ApplicationEventPublisher events;
    private final NameIndexHolder index;

    UnitRegistry(Units units, UnitNames names, NamePolicy policy, ApplicationEventPublisher events,
                 NameIndexHolder index) {
        this.units = units;
        this.names = names;
        this.policy = policy;
        this.events = events;
        this.index = index;
    }

    /** Adds a unit with its full name, optional short name and aliases; every name must be free. */
    public UnitView create(NewUnit command) {
        Draft draft = Draft.of(command);
        NamePolicy.requireDistinct(draft.all());
        draft.all().forEach(n -> policy.requireFree(n, null));
        requireActiveParent(command.parentId());
        UnitView unit = insert(command, draft, units.maxSortOrder() + 10);
        index.invalidate();
        return unit;
    }

    /**
     * Adds units to an empty registry in one go (the first-start seed): their names are checked against
     * each other and the collective terms in memory instead of with queries per name — nothing else can
     * clash in an empty registry, and the unique index still stands behind the check.
     */
    public List<UnitView> createAll(List<NewUnit> commands) {
        if (units.count() > 0) {
            throw new IllegalStateException("bulk creation is only for an empty registry");
        }
        List<Draft> drafts = commands.stream().map(Draft::of).toList();
        NamePolicy.requireDistinct(drafts.stream().flatMap(d -> d.all().stream()).toList());
        Map<String, String> terms = policy.termsByKey();
        drafts.forEach(d -> d.all().forEach(n -> NamePolicy.requireNotTerm(n, terms)));
        List<UnitView> created = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).parentId() != null) {
                throw new IllegalStateException("bulk creation takes no parents; set them afterwards");
            }
            created.add(insert(commands.get(i), drafts.get(i), (i + 1) * 10));
        }
        index.invalidate();
        return created;
    }

    /** The tidied, well-formed names of a new unit. */
    private record Draft(String full, String shortName, List<String> aliases) {

        static Draft of(NewUnit command) {
            if (command.kind() == null) {
                throw new DomainException("error.org.kind.required");
            }
            String full = NamePolicy.requireWellFormed(command.fullName(), NamePolicy.MAX_FULL_LENGTH);
            String shortName = blank(command.shortName()) ? null
                    : NamePolicy.requireWellFormed(command.shortName(), NamePolicy.MAX_LENGTH);
            List<String> aliases = command.aliases().stream().filter(a -> !blank(a))
                    .map(a -> NamePolicy.requireWellFormed(a, NamePolicy.MAX_FULL_LENGTH)).toList();
            return new Draft(full, shortName, aliases);
        }

        List<String> all() {
            List<String> all = new ArrayList<>();
            all.add(full);
            Optional.ofNullable(shortName).ifPresent(all::add);
            all.addAll(aliases);
            return all;
        }
    }

    private UnitView insert(NewUnit command, Draft draft, int sortOrder) {
        Unit unit = units.save(new Unit(command.kind(), draft.full(), draft.shortName(), command.parentId(), sortOrder));
        names.save(new UnitName(unit.getId(), draft.full(), NameType.FULL));
        if (draft.shortName() != null) {
            names.save(new UnitName(unit.getId(), draft.shortName(), NameType.SHORT));
        }
        draft.aliases().forEach(a -> names.save(new UnitName(unit.getId(), a, NameType.ALIAS)));
        events.publishEvent(new UnitCreated(unit.getId(), unit.getKind(), draft.full()));
        return unit.toView();
    }

    /** Renames a unit; the old full name stays one of its aliases, so old documents still resolve. */
    public void rename(long unitId, String newFullName) {
        Unit unit = active(unitId);
        String name = NamePolicy.requireWellFormed(newFullName, NamePolicy.MAX_FULL_LENGTH);
        String key = NameNormalizer.normalize(name);
        UnitName full = row(unitId, NameType.FULL);
        if (full.getNormalized().equals(key)) {
            throw new DomainException("error.org.rename.same", name);
        }
        Optional<UnitName> own = names.findByNormalized(key).filter(n -> n.getUnitId() == unitId);
        if (own.isEmpty()) {
            policy.requireFree(name, unitId);
        } else if (units.existsByFullName(name)) {
            throw new DomainException("error.org.name.mergedUnit", name);
        }
        String old = unit.getFullName();
        full.retype(NameType.ALIAS);
        if (own.isPresent()) {
            if (own.get().getType() == NameType.SHORT) {
                unit.changeShortName(null);
            }
            own.get().retype(NameType.FULL);
        } else {
            names.save(new UnitName(unitId, name, NameType.FULL));
        }
        unit.rename(name);
        events.publishEvent(new UnitRenamed(unitId, old, name));
        index.invalidate();
    }

    /**
     * Sets the short name (blank removes it). The old short name stays an alias; an existing alias of the
     * unit can become its short name.
     */
    public void changeShortName(long unitId, String newShortName) {
        Unit unit = active(unitId);
        Optional<UnitName> current = names.findByUnitIdOrderByIdAsc(unitId).stream()
                .filter(n -> n.getType() == NameType.SHORT).findFirst();
        if (blank(newShortName)) {
            current.ifPresent(n -> n.retype(NameType.ALIAS));
            unit.changeShortName(null);
            index.invalidate();
            return;
        }
        String name = NamePolicy.requireWellFormed(newShortName, NamePolicy.MAX_LENGTH);
        String key = NameNormalizer.normalize(name);
        Optional<UnitName> own = names.findByNormalized(key).filter(n -> n.getUnitId() == unitId);
        if (own.isPresent() && own.get().getType() != NameType.ALIAS) {
            throw new DomainException("error.org.name.own", name, own.get().getName());
        }
        if (own.isEmpty()) {
            policy.requireFree(name, unitId);
        }
        current.ifPresent(n -> n.retype(NameType.ALIAS));
        own.ifPresentOrElse(n -> n.retype(NameType.SHORT), () -> names.save(new UnitName(unitId, name, NameType.SHORT)));
        unit.changeShortName(own.map(UnitName::getName).orElse(name));
        index.invalidate();
    }

    /** Adds an alias; refused when any unit (or a collective term) already has that name. */
    public void addAlias(long unitId, String alias) {
        active(unitId);
        String name = NamePolicy.requireWellFormed(alias, NamePolicy.MAX_FULL_LENGTH);
        policy.requireFree(name, unitId);
        names.save(new UnitName(unitId, name, NameType.ALIAS));
        index.invalidate();
    }

    /** Removes an alias of the unit (the full and short name cannot be removed this way). */
    public void removeAlias(long unitId, String alias) {
        active(unitId);
        UnitName name = names.findByNormalized(NameNormalizer.normalize(alias))
                .filter(n -> n.getUnitId() == unitId && n.getType() == NameType.ALIAS)
                .orElseThrow(() -> new NotFoundException("error.org.alias.notFound"));
        names.delete(name);
        index.invalidate();
    }

    /** Changes kind and parent; a unit cannot sit under itself or under one of its own descendants. */
    public void changeKindAndParent(long unitId, UnitKind kind, Long parentId) {
        Unit unit = active(unitId);
        if (kind == null) {
            throw new DomainException("error.org.kind.required");
        }
        requireActiveParent(parentId);
        if (parentId != null && ancestorsOf(parentId).contains(unitId)) {
            throw new DomainException("error.org.parent.cycle");
        }
        unit.changeKind(kind);
        unit.moveUnder(parentId);
        index.invalidate();
    }

    /**
     * Merges unit {@code mergedId} into {@code intoId} (机构改革): the merged unit becomes MERGED, its names
     * become aliases of the target, its children and earlier merges move to the target, and
     * {@link UnitsMerged} is published in this transaction so other modules move their references with it.
     */
    public void merge(long mergedId, long intoId) {
        Unit merged = existing(mergedId);
        Unit into = existing(intoId);
        merged.mergeInto(into);
        if (ancestorsOf(intoId).contains(mergedId)) {
            into.moveUnder(merged.getParentId());
        }
        units.findByParentId(mergedId).stream().filter(c -> !c.getId().equals(intoId)).forEach(c -> c.moveUnder(intoId));
        units.findByMergedIntoId(mergedId).stream().filter(u -> !u.getId().equals(mergedId))
                .forEach(u -> u.redirectMergeTo(intoId));
        names.findByUnitIdOrderByIdAsc(mergedId).forEach(n -> n.moveTo(intoId));
        events.publishEvent(new UnitsMerged(mergedId, intoId));
        index.invalidate();
    }

    /** The names of a unit, full name first. */
    @Transactional(readOnly = true)
    public List<UnitName> namesOf(long unitId) {
        return names.findByUnitIdOrderByIdAsc(unitId).stream()
                .sorted(java.util.Comparator.comparing(UnitName::getType).thenComparing(UnitName::getId)).toList();
    }

    /** Every name of every unit, for listing. */
    @Transactional(readOnly = true)
    public List<UnitName> allNames() {
        return names.findAll();
    }

    private Set<Long> ancestorsOf(long unitId) {
        Set<Long> seen = new HashSet<>();
        Long current = unitId;
        while (current != null && seen.add(current)) {
            current = units.findById(current).map(Unit::getParentId).orElse(null);
        }
        return seen;
    }

    private void requireActiveParent(Long parentId) {
        if (parentId != null) {
            active(parentId);
        }
    }

    private UnitName row(long unitId, NameType type) {
        return names.findByUnitIdOrderByIdAsc(unitId).stream().filter(n -> n.getType() == type).findFirst()
                .orElseThrow(() -> new IllegalStateException("unit " + unitId + " has no " + type + " name"));
    }

    private Unit existing(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new NotFoundException("error.org.unit.notFound", unitId));
    }

    private Unit active(long unitId) {
        Unit unit = existing(unitId);
        unit.requireActive();
        return unit;
    }

    private static boolean blank(String s) {
        return NameNormalizer.normalize(s).isEmpty();
    }
}
