package org.fazhi.reconsideration.internal;

import org.fazhi.organization.UnitsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a respondent unit is merged into another (机构改革), its cases pass to the surviving unit inside the
 * merge's transaction — so data scope and indicators follow — and each case records the change as a step.
 */
@Component
class CasesFollowUnitMerges {

    private final JdbcTemplate jdbc;

    CasesFollowUnitMerges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitsMerged event) {
        jdbc.update("""
                insert into reconsideration_event (case_id, seq, action, note, state_from, state_to, actor)
                select c.id, (select max(e.seq) + 1 from reconsideration_event e where e.case_id = c.id),
                       'RESPONDENT_MERGED', ?, c.state, c.state, 'system'
                from reconsideration_case c where c.respondent_unit_id = ?""",
                event.mergedId() + " -> " + event.intoId(), event.mergedId());
        jdbc.update("update reconsideration_case set respondent_unit_id = ?, version = version + 1, updated_at = now()"
                + " where respondent_unit_id = ?", event.intoId(), event.mergedId());
    }
}
