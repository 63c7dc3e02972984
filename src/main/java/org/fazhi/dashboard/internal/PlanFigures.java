package org.fazhi.dashboard.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Every figure of one plan's dashboard as of {@code day}: the assignments behind them and the groupings.
 *
 * @param lateUnits  units with red assignments, most first (then the lower on-time rate, then the name)
 * @param openOrders supervision orders not yet closed naming any of the assignments (read per request)
 */
public record PlanFigures(long planId, LocalDate day, List<AssignmentFact> facts, Tally total,
                          List<FigureRow> sections, List<FigureRow> kinds, List<FigureRow> units,
                          List<FigureRow> lateUnits, int openOrders) {

    public PlanFigures {
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
        kinds = List.copyOf(kinds);
        units = List.copyOf(units);
        lateUnits = List.copyOf(lateUnits);
    }
}
