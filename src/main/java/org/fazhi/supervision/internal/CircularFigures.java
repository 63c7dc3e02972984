package org.fazhi.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.progress.AssignmentStatus;

/**
 * The figures of a circular for the reports due in [from, to] (up to yesterday): per unit, how many were due,
 * delivered and overdue, and how many assignments the office accepted as done. Late units have an overdue
 * report; units that never reported delivered none of theirs; best performers have none overdue and the most
 * done, then the most delivered (at most five). Pure, no Spring.
 */
public record CircularFigures(int due, List<UnitFigure> late, List<UnitFigure> silent, List<UnitFigure> best) {

    /** One unit's figures. */
    public record UnitFigure(String unitName, int due, int delivered, int overdue, int done) {
    }

    public static CircularFigures of(List<AssignmentStatus> assignments, LocalDate from, LocalDate to,
                                     LocalDate today) {
        LocalDate last = to.isBefore(today) ? to : today.minusDays(1);
        Map<String, int[]> byUnit = new LinkedHashMap<>();
        int total = 0;
        for (AssignmentStatus a : assignments) {
            long due = a.dues().stream().filter(d -> !d.isBefore(from) && !d.isAfter(last)).count();
            if (due == 0) {
                continue;
            }
            long undelivered = a.undeliveredDues().stream().filter(d -> !d.isBefore(from) && !d.isAfter(last)).count();
            int[] f = byUnit.computeIfAbsent(a.unitName(), k -> new int[4]);
            f[0] += due;
            f[1] += due - undelivered;
            f[2] += a.done() ? 0 : undelivered;
            f[3] += a.done() ? 1 : 0;
            total += due;
        }
        List<UnitFigure> all = new ArrayList<>();
        byUnit.forEach((unit, f) -> all.add(new UnitFigure(unit, f[0], f[1], f[2], f[3])));
        List<UnitFigure> late = all.stream().filter(u -> u.overdue() > 0)
                .sorted(Comparator.comparingInt(UnitFigure::overdue).reversed()).toList();
        List<UnitFigure> silent = all.stream().filter(u -> u.delivered() == 0).toList();
        List<UnitFigure> best = all.stream().filter(u -> u.overdue() == 0)
                .sorted(Comparator.comparingInt(UnitFigure::done).thenComparingInt(UnitFigure::delivered).reversed())
                .limit(5).toList();
        return new CircularFigures(total, late, silent, best);
    }
}
