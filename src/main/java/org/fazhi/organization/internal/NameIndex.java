package org.fazhi.organization.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.organization.CollectiveScope;
import org.fazhi.organization.NameNormalizer;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;

/**
 * An immutable in-memory snapshot of the registry's namespace: every recorded name and collective term
 * by its normalised key. Pure Java; rebuilt as a whole after each change (a few thousand names take
 * milliseconds), so lookups need no locking.
 */
public final class NameIndex {

    /** One recorded name of a unit. */
    public record Name(long unitId, String name, NameType type) {
    }

    /** One collective term. */
    public record Term(String term, CollectiveScope scope) {
    }

    private static final int MAX_SUGGESTIONS = 5;
    private static final double SUGGESTION_THRESHOLD = 0.45;

    private final Map<Long, UnitView> units = new LinkedHashMap<>();
    private final Map<String, Name> names = new HashMap<>();
    private final Map<String, Term> terms = new HashMap<>();
    private final Map<Long, Long> successors = new HashMap<>();
    private final Map<Long, List<Name>> byUnit = new HashMap<>();
    private final List<Term> termList;

    /**
     * @param units units in registry order (kind, then sort order)
     * @param names every recorded name; keys must be unique after normalisation (the database ensures it)
     * @param terms every collective term
     */
    public NameIndex(Collection<UnitView> units, Collection<Name> names, Collection<Term> terms) {
        this(units, names, terms, Map.of());
    }

    /**
     * @param successors for each merged unit, the unit it was merged into
     */
    public NameIndex(Collection<UnitView> units, Collection<Name> names, Collection<Term> terms,
                     Map<Long, Long> successors) {
        this.successors.putAll(successors);
        units.stream().sorted(Comparator.comparing(UnitView::kind)).forEach(u -> this.units.put(u.id(), u));
        names.forEach(n -> this.names.put(NameNormalizer.normalize(n.name()), n));
        terms.forEach(t -> this.terms.put(NameNormalizer.normalize(t.term()), t));
        this.termList = List.copyOf(terms);
        names.stream().sorted(Comparator.comparing(Name::type))
                .forEach(n -> byUnit.computeIfAbsent(n.unitId(), k -> new ArrayList<>()).add(n));
    }

    /** The unit with this id, active or merged. */
    public Optional<UnitView> unit(long id) {
        return Optional.ofNullable(units.get(id));
    }

    /** All units, active and merged, by kind then registry order. */
    public List<UnitView> allUnits() {
        return List.copyOf(units.values());
    }

    /** The recorded names of a unit (empty for a merged unit, whose names moved to its successor). */
    public List<Name> namesOf(long unitId) {
        return byUnit.getOrDefault(unitId, List.of());
    }

    /** All collective terms, in registry order. */
    public List<Term> terms() {
        return List.copyOf(termList);
    }

    /** Active units, by kind then registry order. */
    public List<UnitView> activeUnits() {
        return units.values().stream().filter(UnitView::active).toList();
    }

    /** The recorded name whose normalised key equals that of {@code written}, if any. */
    public Optional<Name> name(String written) {
        return Optional.ofNullable(names.get(NameNormalizer.normalize(written)));
    }

    /** The collective term whose normalised key equals that of {@code written}, if any. */
    public Optional<Term> term(String written) {
        return Optional.ofNullable(terms.get(NameNormalizer.normalize(written)));
    }

    /** What {@code written} stands for: a collective term, a unit's name, or unknown — never a guess. */
    public NameResolution resolve(String written) {
        String key = NameNormalizer.normalize(written);
        String shown = written == null ? "" : written;
        if (key.isEmpty()) {
            return new NameResolution.Unknown(shown, List.of());
        }
        Term term = terms.get(key);
        if (term != null) {
            return new NameResolution.Collective(shown, term.term(), term.scope(), expand(term.scope()));
        }
        Name name = names.get(key);
        if (name != null) {
            return new NameResolution.Resolved(shown, name.unitId(), units.get(name.unitId()).fullName());
        }
        return new NameResolution.Unknown(shown, suggestionsFor(key));
    }

    /** The active units a collective scope stands for now, in registry order. */
    public List<Long> expand(CollectiveScope scope) {
        return units.values().stream().filter(u -> u.active() && scope.covers(u.kind())).map(UnitView::id).toList();
    }

    /** The active unit standing for {@code id}: itself, or the unit it was (transitively) merged into. */
    public long successorOf(long id) {
        Long current = id;
        Set<Long> seen = new HashSet<>();
        while (seen.add(current) && successors.containsKey(current)) {
            current = successors.get(current);
        }
        return current;
    }

    /** Active units of one kind, in registry order. */
    public List<UnitView> byKind(UnitKind kind) {
        return activeUnits().stream().filter(u -> u.kind() == kind).toList();
    }

    /**
     * Recorded names that look like {@code key}: one contains the other, or they share most character
     * pairs. Shown to a human next to an unknown name; never applied on their own.
     */
    private List<String> suggestionsFor(String key) {
        Map<String, Double> best = new HashMap<>();
        names.forEach((k, n) -> offer(best, units.get(n.unitId()).fullName(), similarity(key, k)));
        terms.forEach((k, t) -> offer(best, t.term(), similarity(key, k)));
        return best.entrySet().stream().filter(e -> e.getValue() >= SUGGESTION_THRESHOLD)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(MAX_SUGGESTIONS).map(Map.Entry::getKey).toList();
    }

    private static void offer(Map<String, Double> best, String label, double score) {
        best.merge(label, score, Math::max);
    }

    /** Dice coefficient over character pairs, raised when one name contains the other. */
    static double similarity(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        Set<String> pa = pairs(a);
        Set<String> pb = pairs(b);
        Set<String> common = new HashSet<>(pa);
        common.retainAll(pb);
        double dice = 2.0 * common.size() / (pa.size() + pb.size());
        boolean contains = a.contains(b) || b.contains(a);
        return contains ? Math.max(dice, 0.6) : dice;
    }

    private static Set<String> pairs(String s) {
        List<String> out = new ArrayList<>(s.length());
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return new HashSet<>(out);
    }
}
