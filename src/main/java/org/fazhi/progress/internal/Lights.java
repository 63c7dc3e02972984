package org.fazhi.progress.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.plan.TrafficLight;
import org.fazhi.progress.ReportStatus;

/**
 * 红黄绿灯 of one assignment on a given day:
 * <ul>
 *   <li>green once the office accepted a report saying the task is done;</li>
 *   <li>red when the latest delivered report says 滞后, or a period's report is overdue (its due day has
 *       passed and no version was delivered);</li>
 *   <li>yellow when an undelivered report is due within {@code warnWorkingDays} working days;</li>
 *   <li>green otherwise.</li>
 * </ul>
 */
public final class Lights {

    private Lights() {
    }

    /**
     * @param latest the latest version of each period's report, by period key (periods without one are absent)
     */
    public static TrafficLight of(List<ReportPeriod> periods, Map<String, ReportRow> latest, LocalDate today,
                                  int warnWorkingDays, WorkingCalendar calendar) {
        if (latest.values().stream().anyMatch(r -> r.accepted() && r.status() == ReportStatus.DONE)) {
            return TrafficLight.GREEN;
        }
        ReportRow newest = latest.values().stream().filter(r -> r.state().delivered())
                .max(java.util.Comparator.comparing(ReportRow::createdAt)).orElse(null);
        if (newest != null && newest.status() == ReportStatus.LATE) {
            return TrafficLight.RED;
        }
        TrafficLight light = TrafficLight.GREEN;
        for (ReportPeriod period : periods) {
            ReportRow report = latest.get(period.key());
            if (report != null && report.state().delivered()) {
                continue;
            }
            if (period.due().isBefore(today)) {
                return TrafficLight.RED;
            }
            if (calendar.workingDaysBetween(today, period.due()) <= warnWorkingDays) {
                light = TrafficLight.YELLOW;
            }
        }
        return light;
    }
}
