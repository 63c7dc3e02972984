package org.fazhi.reconsideration.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.reconsideration.ReconsiderationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 复议纠错率 and 按期办结率 for a period (by the day a case was closed) and optionally one respondent unit.
 * 纠错率 = cases closed with a decision type counted as corrected ({@code fazhi.reconsideration.corrected-types})
 * ÷ cases closed by a decision (审结: every type of 第三十三条、第四十一条、第六十三条至第六十九条、第七十三条、第七十四条).
 * 按期办结率 = those decided on or before their decision deadline (第六十二条, with suspensions and extension)
 * ÷ cases decided. Practice definitions (domain-rules: configurable), shown beside each figure.
 */
@Service
public class Indicators {

    /**
     * The figures.
     *
     * @param rate percentage with one decimal, or {@code null} when nothing was decided
     */
    public record Figure(long numerator, long denominator, BigDecimal rate) {
    }

    /** Both indicators and the decision types counted as corrected. */
    public record Result(LocalDate from, LocalDate to, Long unitId, Figure correction, Figure onTime,
                         List<DecisionType> correctedTypes) {
    }

    private final JdbcTemplate jdbc;
    private final ReconsiderationProperties properties;

    Indicators(JdbcTemplate jdbc, ReconsiderationProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The indicators of cases closed by a decision in {@code from..to} (inclusive), for one unit if given. */
    public Result compute(LocalDate from, LocalDate to, Long unitId) {
        List<DecisionType> corrected = correctedTypes();
        List<Object> args = new ArrayList<>(List.of(from, to));
        String unit = "";
        if (unitId != null) {
            unit = " AND respondent_unit_id = ?";
            args.add(unitId);
        }
        long[] counts = new long[3];
        jdbc.query("SELECT decision_type, decision_due IS NULL OR closed_on <= decision_due AS on_time"
                + " FROM reconsideration_case WHERE state = 'DECIDED' AND closed_on BETWEEN ? AND ?" + unit, rs -> {
            counts[0]++;
            if (corrected.contains(DecisionType.valueOf(rs.getString("decision_type")))) {
                counts[1]++;
            }
            if (rs.getBoolean("on_time")) {
                counts[2]++;
            }
        }, args.toArray());
        return new Result(from, to, unitId, figure(counts[1], counts[0]), figure(counts[2], counts[0]), corrected);
    }

    /** The configured corrected types; unknown names are ignored. */
    public List<DecisionType> correctedTypes() {
        List<DecisionType> types = new ArrayList<>();
        for (String name : properties.correctedTypes()) {
            for (DecisionType t : DecisionType.values()) {
                if (t.name().equalsIgnoreCase(name.strip()) && !types.contains(t)) {
                    types.add(t);
                }
            }
        }
        return types;
    }

    private static Figure figure(long numerator, long denominator) {
        BigDecimal rate = denominator == 0 ? null : BigDecimal.valueOf(numerator * 100)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return new Figure(numerator, denominator, rate);
    }
}
