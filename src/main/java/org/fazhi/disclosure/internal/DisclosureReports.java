package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.identity.CurrentUser;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitView;
import org.fazhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual table and the indicators for the actor's scope: a unit (any the actor may read) or, for the
 * coordinator and city leader, every unit together. A liaison or unit leader always gets its own unit. A unit
 * asked for that does not exist or that the actor may not read is refused with its own message — never answered
 * with another scope (e.g. every unit's figures for the office).
 */
@Service
public class DisclosureReports {

    private final DisclosureService service;
    private final DisclosureDeadlines deadlines;
    private final UnitDirectory units;

    DisclosureReports(DisclosureService service, DisclosureDeadlines deadlines, UnitDirectory units) {
        this.service = service;
        this.deadlines = deadlines;
        this.units = units;
    }

    /**
     * The unit the figures are for: the asked one if it exists and is readable, own unit for unit roles, else all
     * ({@code null}).
     *
     * @throws NotFoundException ({@code error.disclosure.report.unit}) for a unit that does not exist or that the
     *                           actor may not read
     */
    public Long scope(Long unit, CurrentUser actor) {
        if (unit != null) {
            java.util.Optional<UnitView> found = units.find(unit);
            if (found.isEmpty() || !DisclosureAccess.SCOPE.mayRead(actor, unit)) {
                throw new NotFoundException("error.disclosure.report.unit",
                        found.map(UnitView::displayName).orElse(String.valueOf(unit)));
            }
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
