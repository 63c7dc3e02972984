package org.fazhi.dashboard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The counts behind a group's figures and the two rates made of them.
 *
 * <ul>
 *   <li>完成率 (completion rate) = assignments the office accepted as done ÷ active assignments;</li>
 *   <li>按时报送率 (on-time rate) = report periods whose due day has passed and for which the unit submitted a
 *   report on or before the due day ÷ report periods whose due day has passed.</li>
 * </ul>
 * A rate with nothing to divide by is {@code null} (shown as —), never 0 % or 100 %.
 *
 * @param assignments active assignments
 * @param done        accepted as done
 * @param red         red light (overdue or reported late)
 * @param yellow      yellow light (a due day close)
 * @param duePeriods  periods whose due day has passed
 * @param onTime      of those, submitted on or before the due day
 * @param awaitingReview report versions waiting for the office's review
 */
public record Tally(int assignments, int done, int red, int yellow, int duePeriods, int onTime, int awaitingReview) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0);

    public Tally plus(Tally o) {
        return new Tally(assignments + o.assignments, done + o.done, red + o.red, yellow + o.yellow,
                duePeriods + o.duePeriods, onTime + o.onTime, awaitingReview + o.awaitingReview);
    }

    /** 完成率 in percent with one decimal, or {@code null} without active assignments. */
    public BigDecimal completionRate() {
        return percent(done, assignments);
    }

    /** 按时报送率 in percent with one decimal, or {@code null} while no due day has passed. */
    public BigDecimal onTimeRate() {
        return percent(onTime, duePeriods);
    }

    /** Periods past due that were not submitted in time (late or still missing). */
    public int missed() {
        return duePeriods - onTime;
    }

    static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
