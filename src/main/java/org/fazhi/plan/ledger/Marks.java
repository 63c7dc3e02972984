package org.fazhi.plan.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.plan.ProgressMark;
import org.fazhi.plan.TrafficLight;

/**
 * The progress marks of one plan, by (task, unit), as the {@link org.fazhi.plan.ProgressLookup} reported them;
 * {@link #NONE} when no progress module is present. Pages ask it for a unit's light; a collective asks for its
 * units grouped by light, so thirty units still render as a few lines.
 */
public final class Marks {

    /** No progress known (no {@code ProgressLookup} bean, or nothing reported yet). */
    public static final Marks NONE = new Marks(Map.of());

    /** The units of a collective that share a light ({@code light == null}: nothing reported). */
    public record Lit(TrafficLight light, int count, String names) {
        /** CSS class: {@code light-red}, {@code light-yellow}, {@code light-green}, or empty. */
        public String css() {
            return Marks.css(light);
        }
    }

    private final Map<Long, Map<Long, ProgressMark>> byTask;

    private Marks(Map<Long, Map<Long, ProgressMark>> byTask) {
        this.byTask = byTask;
    }

    public static Marks of(Collection<ProgressMark> marks) {
        if (marks == null || marks.isEmpty()) {
            return NONE;
        }
        Map<Long, Map<Long, ProgressMark>> byTask = new HashMap<>();
        marks.forEach(m -> byTask.computeIfAbsent(m.taskId(), k -> new HashMap<>()).put(m.unitId(), m));
        return new Marks(byTask);
    }

    public boolean isEmpty() {
        return byTask.isEmpty();
    }

    /** The mark of (task, unit), or {@code null}. */
    public ProgressMark of(long taskId, Long unitId) {
        Map<Long, ProgressMark> units = byTask.get(taskId);
        return units == null || unitId == null ? null : units.get(unitId);
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
