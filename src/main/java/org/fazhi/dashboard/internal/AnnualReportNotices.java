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
 * deadline is further away. The dashboard's list is kept for five minutes.
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

    /** Kept for a few minutes: the reminders walk every unit (thousands at province scale) and change by the day. */
    private static final long KEEP_MILLIS = 5 * 60 * 1000;

    private record Kept(LocalDate day, long at, List<Notice> notices) {
    }

    private volatile Kept kept;

    public List<Notice> current() {
        LocalDate today = LocalDate.now(clock);
        Kept k = kept;
        if (k == null || !k.day().equals(today) || clock.millis() - k.at() > KEEP_MILLIS) {
            k = new Kept(today, clock.millis(), List.copyOf(on(today)));
            kept = k;
        }
        return k.notices();
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
