package org.fazhi.identity.internal;

import org.fazhi.organization.UnitsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a unit is merged into another (机构改革), its accounts move to the surviving unit — in the merge's
 * own transaction, so a merge never leaves an account on a merged unit.
 */
@Component
class AccountsFollowUnitMerges {

    private final JdbcTemplate jdbc;

    AccountsFollowUnitMerges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitsMerged event) {
        jdbc.update("update identity_account set unit_id = ? where unit_id = ?", event.intoId(), event.mergedId());
    }
}
