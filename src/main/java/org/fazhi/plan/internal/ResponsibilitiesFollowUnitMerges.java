package org.fazhi.plan.internal;

import java.util.List;
import org.fazhi.organization.UnitsMerged;
import org.fazhi.plan.ResponsibilitiesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a unit is merged into another, its responsibilities pass to the surviving unit in the merge's own
 * transaction. Where a task already names the surviving unit, the two rows become one (lead if either
 * was) — nothing is orphaned and no task lists a unit twice.
 */
@Component
class ResponsibilitiesFollowUnitMerges {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ResponsibilitiesFollowUnitMerges(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener
    void on(UnitsMerged event) {
        List<Long> plans = jdbc.queryForList("""
                select distinct t.plan_id from plan_task t join plan_responsibility r on r.task_id = t.id
                where r.unit_id = ?""", Long.class, event.mergedId());
        jdbc.update("""
                update plan_responsibility target set lead = target.lead or merged.lead
                from plan_responsibility merged
                where merged.task_id = target.task_id and merged.unit_id = ? and target.unit_id = ?""",
                event.mergedId(), event.intoId());
        jdbc.update("""
                delete from plan_responsibility merged using plan_responsibility target
                where merged.task_id = target.task_id and merged.unit_id = ? and target.unit_id = ?""",
                event.mergedId(), event.intoId());
        jdbc.update("update plan_responsibility set unit_id = ? where unit_id = ?", event.intoId(), event.mergedId());
        plans.forEach(plan -> events.publishEvent(new ResponsibilitiesChanged(plan)));
    }
}
