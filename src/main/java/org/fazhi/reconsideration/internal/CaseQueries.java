package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Period;
import org.fazhi.identity.CurrentUser;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.reconsideration.ReconsiderationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the list and the case page: deadlines, traffic lights (red: an open deadline passed; yellow: one
 * due within {@code fazhi.reconsideration.warn-days} working days; green otherwise), the late-filing and
 * 视为受理 flags, and the steps the user may take now.
 */
@Service
public class CaseQueries {

    /** The list's filters; {@code overdue} keeps red cases only. */
    public record ListFilter(CaseState state, Long unitId, boolean overdue) {
    }

    private final CaseStore store;
    private final UnitDirectory units;
    private final CalendarManagement calendar;
    private final ReconsiderationProperties properties;
    private final CaseDeadlines deadlines;

    CaseQueries(CaseStore store, UnitDirectory units, CalendarManagement calendar, DeadlineMath math,
                ReconsiderationProperties properties) {
        this.store = store;
        this.units = units;
        this.calendar = calendar;
        this.properties = properties;
        this.deadlines = new CaseDeadlines(math);
    }

    /** The cases {@code user} may see, filtered. */
    @Transactional(readOnly = true)
    public List<CaseSummary> list(CurrentUser user, ListFilter filter) {
        Long scope = user.seesAllUnits() ? null : user.unitId() == null ? Long.valueOf(-1) : user.unitId();
        LocalDate today = LocalDate.now();
        return store.list(new CaseStore.Filter(filter.state(), filter.unitId(), scope, null, null)).stream()
                .map(c -> summary(c, today))
                .filter(s -> !filter.overdue() || s.light() == Light.RED)
                .toList();
    }

    /** The list line of one case. */
    public CaseSummary summary(StoredCase c, LocalDate today) {
        CaseFile f = c.file();
        List<CaseDeadline> all = deadlines.of(f);
        CaseDeadline next = all.stream().filter(CaseDeadline::open).filter(d -> d.due() != null)
                .min(Comparator.comparing(CaseDeadline::due)).orElse(null);
        Registration r = f.registration();
        return new CaseSummary(c.id(), r.applicant(), r.respondentUnitId(), units.displayName(r.respondentUnitId()),
                r.act(), r.receivedOn(), f.state(), f.procedure(), f.decisionType(), light(all, f, today),
                next == null ? null : next.kind(), next == null ? null : next.due(), late(all), deemed(all, f, today));
    }

    /** All deadlines of the case. */
    public List<CaseDeadline> deadlines(StoredCase c) {
        return deadlines.of(c.file());
    }

    /** The earliest day a hearing noticed on {@code noticeOn} may be held (第五十一条). */
    public LocalDate earliestHearing(LocalDate noticeOn) {
        return deadlines.earliestHearing(noticeOn);
    }

    /** Red, yellow or green from the open deadlines; none once nothing is open. */
    public Light light(List<CaseDeadline> all, CaseFile f, LocalDate today) {
        List<CaseDeadline> open = all.stream().filter(CaseDeadline::open).filter(d -> d.due() != null).toList();
        if (open.isEmpty()) {
            return f.state().closed() ? Light.NONE : Light.GREEN;
        }
        if (open.stream().anyMatch(d -> d.overdueOn(today))) {
            return Light.RED;
        }
        LocalDate warnUntil = properties.warnDays() == 0 ? today
                : calendar.deadline(DeadlineRequest.of(today, Period.workingDays(properties.warnDays())));
        return open.stream().anyMatch(d -> !d.due().isAfter(warnUntil)) ? Light.YELLOW : Light.GREEN;
    }

    /** Filed outside the 第二十条 window. */
    public static boolean late(List<CaseDeadline> all) {
        return all.stream().anyMatch(d -> (d.kind() == DeadlineKind.APPLICATION
                || d.kind() == DeadlineKind.APPLICATION_CAP) && d.missed());
    }

    /** Still under review after the review period ran out: 视为受理 (第三十条第三款). */
    public static boolean deemed(List<CaseDeadline> all, CaseFile f, LocalDate today) {
        return f.state() == CaseState.RECEIVED && all.stream()
                .anyMatch(d -> d.kind() == DeadlineKind.ACCEPTANCE_REVIEW && d.overdueOn(today));
    }
}
