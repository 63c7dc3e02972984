package org.fazhi.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;
import org.fazhi.plan.SectionSummary;
import org.fazhi.plan.TrafficLight;
import org.fazhi.progress.AssignmentRecord;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.PeriodDelivery;

/** Turns a plan's assignment records into its figures; pure, so the arithmetic is tested without a database. */
public final class FigureBuilder {

    private FigureBuilder() {
    }

    public static PlanFigures build(long planId, LocalDate today, List<AssignmentRecord> records,
                                    List<SectionSummary> sections, Function<Long, UnitView> units) {
        Map<Long, Integer> sectionOfTask = new HashMap<>();
        sections.forEach(s -> s.taskIds().forEach(t -> sectionOfTask.put(t, s.number())));
        List<AssignmentFact> facts = new ArrayList<>(records.size());
        for (AssignmentRecord r : records) {
            AssignmentStatus s = r.status();
            UnitView unit = units.apply(s.unitId());
            facts.add(new AssignmentFact(s.id(), s.taskId(), s.taskText(), sectionOfTask.getOrDefault(s.taskId(), 0),
                    s.unitId(), unit == null ? s.unitName() : unit.displayName(),
                    unit == null ? UnitKind.OTHER : unit.kind(), s.light(), tally(r, today), 0));
        }
        Tally total = facts.stream().map(AssignmentFact::tally).reduce(Tally.ZERO, Tally::plus);

        Map<Integer, Tally> bySection = new HashMap<>();
        Map<UnitKind, Tally> byKind = new EnumMap<>(UnitKind.class);
        Map<Long, Tally> byUnit = new LinkedHashMap<>();
        Map<Long, String> unitNames = new HashMap<>();
        Map<Long, UnitKind> unitKinds = new HashMap<>();
        for (AssignmentFact f : facts) {
            bySection.merge(f.sectionNumber(), f.tally(), Tally::plus);
            byKind.merge(f.kind(), f.tally(), Tally::plus);
            byUnit.merge(f.unitId(), f.tally(), Tally::plus);
            unitNames.putIfAbsent(f.unitId(), f.unitName());
            unitKinds.putIfAbsent(f.unitId(), f.kind());
        }
        List<FigureRow> sectionRows = new ArrayList<>();
        for (SectionSummary s : sections) {
            Tally t = bySection.get(s.number());
            if (t != null) {
                sectionRows.add(new FigureRow("section", String.valueOf(s.number()), s.heading(), t));
            }
        }
        List<FigureRow> kindRows = new ArrayList<>();
        byKind.forEach((k, t) -> kindRows.add(new FigureRow("kind", k.name(), "org.kind." + k.name(), t)));
        List<FigureRow> unitRows = new ArrayList<>();
        byUnit.forEach((u, t) -> unitRows.add(new FigureRow("unit", String.valueOf(u), unitNames.get(u), t)));
        unitRows.sort(Comparator.comparing((FigureRow row) -> unitKinds.get(Long.parseLong(row.key()))).thenComparing(FigureRow::label));
        List<FigureRow> late = unitRows.stream().filter(row -> row.tally().red() > 0)
                .sorted(Comparator.comparingInt((FigureRow row) -> -row.tally().red())
                        .thenComparing(row -> rateOrZero(row.tally()))
                        .thenComparing(FigureRow::label))
                .toList();
        return new PlanFigures(planId, today, facts, total, sectionRows, kindRows, unitRows, late, 0);
    }

    /** One assignment's counts on {@code today}. */
    static Tally tally(AssignmentRecord r, LocalDate today) {
        int due = 0;
        int onTime = 0;
        for (PeriodDelivery p : r.periods()) {
            if (p.duePassed(today)) {
                due++;
                if (p.submittedInTime()) {
                    onTime++;
                }
            }
        }
        TrafficLight light = r.status().light();
        return new Tally(1, r.status().done() ? 1 : 0, light == TrafficLight.RED ? 1 : 0,
                light == TrafficLight.YELLOW ? 1 : 0, due, onTime, r.awaitingReview());
    }

    private static java.math.BigDecimal rateOrZero(Tally t) {
        return t.onTimeRate() == null ? java.math.BigDecimal.ZERO : t.onTimeRate();
    }
}
