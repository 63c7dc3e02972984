package org.fazhi.reconsideration.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.LawReference;
import org.fazhi.calendar.LocalizedText;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.StatuteRule;

/**
 * A stand-in calendar for the state-machine unit tests: Monday–Friday without holidays, a restart counts
 * again from its day, suspensions are ignored,
 * the extension added. Holiday arithmetic is checked against the real calendar in {@code ReconsiderationScenarioIT}.
 */
final class WeekdayMath implements DeadlineMath {

    private static final LawReference LAW = new LawReference("ADMINISTRATIVE_RECONSIDERATION_LAW_2023",
            new LocalizedText("行政复议法", "Administrative Reconsideration Law"));

    private final Map<String, StatuteRule> rules = new HashMap<>();

    WeekdayMath() {
        add("reconsideration.application", 20, Period.calendarDays(60), null);
        add("reconsideration.acceptanceReview", 30, Period.workingDays(5), null);
        add("reconsideration.correctionNotice", 31, Period.workingDays(5), null);
        add("reconsideration.correctionByApplicant", 31, Period.workingDays(10), null);
        add("reconsideration.copyToRespondent", 48, Period.workingDays(7), null);
        add("reconsideration.answer", 48, Period.workingDays(10), null);
        add("reconsideration.simplified.copyToRespondent", 54, Period.workingDays(3), null);
        add("reconsideration.simplified.answer", 54, Period.workingDays(5), null);
        add("reconsideration.decision", 62, Period.calendarDays(60), Period.calendarDays(30));
        add("reconsideration.simplified.decision", 62, Period.calendarDays(30), null);
        add("reconsideration.hearingNotice", 51, Period.workingDays(5), null);
        add("reconsideration.opinionFollowUp", 76, Period.calendarDays(60), null);
    }

    private void add(String id, int article, Period period, Period cap) {
        rules.put(id, new StatuteRule(id, new LocalizedText(id, id), LAW, article, 0, period, cap, 88, false));
    }

    @Override
    public StatuteRule rule(String id) {
        return rules.get(id);
    }

    @Override
    public LocalDate deadline(DeadlineRequest request) {
        LocalDate start = request.start();
        for (var pause : request.pauses()) {
            if (pause.kind() == org.fazhi.calendar.PauseKind.RESTART) {
                start = pause.resumedOn();
            }
        }
        LocalDate due = count(start, request.period());
        return request.extension() == null ? due : count(due, request.extension());
    }

    private static LocalDate count(LocalDate from, Period period) {
        LocalDate day = from;
        if (period.unit() == PeriodUnit.CALENDAR_DAYS) {
            day = day.plusDays(period.length());
            while (weekend(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < period.length()) {
            day = day.plusDays(1);
            if (!weekend(day)) {
                counted++;
            }
        }
        return day;
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
