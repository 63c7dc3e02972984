package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.identity.CurrentUser;
import org.fazhi.litigation.LitigationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Indicators for the actor's scope: a readable unit, or every unit for the coordinator and city leader. */
@Service
public class LitigationReports {

    private final LitigationService service;
    private final LitigationRecords records;
    private final LitigationProperties properties;

    LitigationReports(LitigationService service, LitigationRecords records, LitigationProperties properties) {
        this.service = service;
        this.records = records;
        this.properties = properties;
    }

    public Long scope(Long unit, CurrentUser actor) {
        if (unit != null) {
            LitigationAccess.SCOPE.requireRead(actor, unit);
            return unit;
        }
        return LitigationAccess.SCOPE.seesAll(actor) ? null : actor.unitId();
    }

    /** The figures of no case: what a filter naming no unit shows (under {@code definition}, null: the configured). */
    public LitigationIndicators none(LocalDate from, LocalDate to, LitigationProperties.AppearanceRate definition) {
        return LitigationIndicators.of(List.of(), List.of(), List.of(), from, to,
                definition == null ? properties.appearanceRate() : definition);
    }

    /** The indicators under the configured 出庭应诉率 definition. */
    @Transactional(readOnly = true)
    public LitigationIndicators indicators(LocalDate from, LocalDate to, Long unit, CurrentUser actor) {
        return indicators(from, to, unit, actor, properties.appearanceRate());
    }

    @Transactional(readOnly = true)
    public LitigationIndicators indicators(LocalDate from, LocalDate to, Long unit, CurrentUser actor,
                                           LitigationProperties.AppearanceRate definition) {
        Long scope = scope(unit, actor);
        List<LitigationCase> cases = service.visibleTo(actor).stream()
                .filter(c -> scope == null || c.getUnitId() == scope).toList();
        List<Long> ids = cases.stream().map(LitigationCase::getId).toList();
        return LitigationIndicators.of(cases, records.hearings(ids), records.suggestions(ids), from, to, definition);
    }
}
