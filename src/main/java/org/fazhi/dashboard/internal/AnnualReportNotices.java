package org.fazhi.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.disclosure.AnnualReportReminder;
import org.fazhi.disclosure.DisclosureDirectory;
import org.springframework.stereotype.Component;

/**
 * The dashboard's reminder of the 政府信息公开工作年度报告 deadlines (政府信息公开条例 第四十九条: departments by
 * 31 January, governments by 31 March): how many units' deadline is near or over, by deadline. Nothing while every
 * deadline is further away.
 */
@Component
public class AnnualReportNotices {

    /** Units whose annual report is due on {@code dueOn} (for {@code reportYear}), and whether that day is over. */
    public record Notice(LocalDate dueOn, int reportYear, boolean passed, int units) {
        public Object[] args() {
            return new Object[] {String.valueOf(units), dueOn.toString(), String.valueOf(reportYear)};
        }
    }

    private final DisclosureDirectory disclosure;
    private final Clock clock;

    AnnualReportNotices(DisclosureDirectory disclosure, Clock clock) {
        this.disclosure = disclosure;
        this.clock = clock;
    }

    public List<Notice> current() {
        return on(LocalDate.now(clock));
    }

    /** The notices as they stand on {@code today}, earliest deadline first. */
    public List<Notice> on(LocalDate today) {
        Map<LocalDate, Notice> byDay = new TreeMap<>();
        for (AnnualReportReminder r : disclosure.annualReportReminders(today)) {
            if (r.state() == AnnualReportReminder.State.UPCOMING) {
                continue;
            }
            byDay.merge(r.dueOn(), new Notice(r.dueOn(), r.reportYear(), r.state() == AnnualReportReminder.State.PASSED,
                    1), (a, b) -> new Notice(a.dueOn(), a.reportYear(), a.passed(), a.units() + 1));
        }
        return new ArrayList<>(byDay.values());
    }
}
