package org.fazhi.plan.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.plan.ProgressMark;
import org.fazhi.plan.ProgressScope;
import org.fazhi.plan.TrafficLight;

/**
 * The progress marks of one plan, by (task, unit), as the {@link org.fazhi.plan.ProgressLookup} reported them;
 * {@link #NONE} when no progress module is present. Pages ask it for a unit's light; a collective asks for its
 * units grouped by light, so thirty units still render as a few lines. Marks handed to a page or an export are
 * {@link #seenBy seen by} the reader's {@link ProgressScope}: a unit outside it gives its light alone.
 */
public final class Marks {

    /** No progress known (no {@code ProgressLookup} bean, or nothing reported yet). */
    public static final Marks NONE = new Marks(Map.of(), ProgressScope.EVERY_UNIT);

    /** The units of a collective that share a light ({@code light == null}: nothing reported). */
    public record Lit(TrafficLight light, int count, String names) {
        /** CSS class: {@code light-red}, {@code light-yellow}, {@code light-green}, or empty. */
        public String css() {
            return Marks.css(light);
        }
    }

    private final Map<Long, Map<Long, ProgressMark>> byTask;
    /** What the reader may read; {@link ProgressScope#EVERY_UNIT} for the marks as reported. */
    private final ProgressScope scope;

    private Marks(Map<Long, Map<Long, ProgressMark>> byTask, ProgressScope scope) {
        this.byTask = byTask;
        this.scope = scope;
    }

    public static Marks of(Collection<ProgressMark> marks) {
        if (marks == null || marks.isEmpty()) {
            return NONE;
        }
        Map<Long, Map<Long, ProgressMark>> byTask = new HashMap<>();
        marks.forEach(m -> byTask.computeIfAbsent(m.taskId(), k -> new HashMap<>()).put(m.unitId(), m));
        return new Marks(byTask, ProgressScope.EVERY_UNIT);
    }

    /**
     * These marks as {@code reader} may read them: texts only of the units in scope, the light alone of the others,
     * nothing for a reader without scope. A view over the same index (nothing copied per reader).
     */
    public Marks seenBy(ProgressScope reader) {
        if (!reader.readsAnything() || isEmpty()) {
            return NONE;
        }
        return reader.allUnits() ? this : new Marks(byTask, reader);
    }

    public boolean isEmpty() {
        return byTask.isEmpty();
    }

    /** The mark of (task, unit), or {@code null}. */
    public ProgressMark of(long taskId, Long unitId) {
        Map<Long, ProgressMark> units = byTask.get(taskId);
        ProgressMark mark = units == null || unitId == null ? null : units.get(unitId);
        return mark == null || scope.readsReportsOf(unitId) ? mark : mark.lightOnly();
    }

    /** The CSS class of (task, unit)'s light, or empty. */
    public String css(long taskId, Long unitId) {
        ProgressMark mark = of(taskId, unitId);
        return mark == null ? "" : css(mark.light());
    }

    static String css(TrafficLight light) {
        return light == null ? "" : "light-" + light.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A collective's units by light, worst first (red, yellow, green), then those without a mark. */
    public List<Lit> lit(long taskId, List<PlanSheet.Unit> units) {
        Map<TrafficLight, List<String>> byLight = new EnumMap<>(TrafficLight.class);
        List<String> unmarked = new ArrayList<>();
        for (PlanSheet.Unit unit : units) {
            ProgressMark mark = of(taskId, unit.id());
            if (mark == null) {
                unmarked.add(unit.name());
            } else {
                byLight.computeIfAbsent(mark.light(), k -> new ArrayList<>()).add(unit.name());
            }
        }
        List<Lit> lit = new ArrayList<>();
        for (TrafficLight light : List.of(TrafficLight.RED, TrafficLight.YELLOW, TrafficLight.GREEN)) {
            List<String> names = byLight.get(light);
            if (names != null) {
                lit.add(new Lit(light, names.size(), String.join("、", names)));
            }
        }
        if (!unmarked.isEmpty()) {
            lit.add(new Lit(null, unmarked.size(), String.join("、", unmarked)));
        }
        return lit;
    }
}
