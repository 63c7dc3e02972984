package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual table and the indicators for the actor's scope: a unit (any the actor may read) or, for the
 * coordinator and city leader, every unit together. A liaison or unit leader always gets its own unit.
 */
@Service
public class DisclosureReports {

    private final DisclosureService service;
    private final DisclosureDeadlines deadlines;

    DisclosureReports(DisclosureService service, DisclosureDeadlines deadlines) {
        this.service = service;
        this.deadlines = deadlines;
    }

    /** The unit the figures are for: the asked one if readable, own unit for unit roles, else all ({@code null}). */
    public Long scope(Long unit, CurrentUser actor) {
        if (unit != null) {
            DisclosureAccess.SCOPE.requireRead(actor, unit);
            return unit;
        }
        return DisclosureAccess.SCOPE.seesAll(actor) ? null : actor.unitId();
    }

    @Transactional(readOnly = true)
    public AnnualReport annual(int year, Long unit, CurrentUser actor) {
        return AnnualReport.of(year, requests(unit, actor));
    }

    @Transactional(readOnly = true)
    public DisclosureIndicators indicators(LocalDate from, LocalDate to, Long unit, CurrentUser actor) {
        return DisclosureIndicators.of(requests(unit, actor), from, to, r -> Boolean.TRUE.equals(deadlines.onTime(r)));
    }

    private List<DisclosureRequest> requests(Long unit, CurrentUser actor) {
        Long scope = scope(unit, actor);
        return service.visibleTo(actor).stream().filter(r -> scope == null || r.getUnitId() == scope).toList();
    }
}
