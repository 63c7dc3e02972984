package org.fazhi.progress.internal;

import org.fazhi.progress.Frequency;
import org.fazhi.progress.ProgressProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each plan's reporting cycle: stored when the coordinator sets it, the configured defaults until then. */
@Repository
public class PlanSettings {

    /** A plan's cycle and whether a unit's leader approves reports before the office sees them. */
    public record Setting(long planId, Frequency frequency, int dueWorkingDays, boolean leaderApproval) {
    }

    private final JdbcTemplate jdbc;
    private final MarksCache marks;
    private final ProgressProperties properties;

    PlanSettings(JdbcTemplate jdbc, ProgressProperties properties, MarksCache marks) {
        this.jdbc = jdbc;
        this.marks = marks;
        this.properties = properties;
    }

    public Setting of(long planId) {
        return jdbc.query("select frequency, due_working_days, leader_approval from progress_plan_setting "
                        + "where plan_id = ?", (rs, i) -> new Setting(planId, Frequency.valueOf(rs.getString(1)),
                        rs.getInt(2), rs.getBoolean(3)), planId).stream().findFirst()
                .orElseGet(() -> new Setting(planId, properties.frequency(), properties.dueWorkingDays(), false));
    }

    /** The office sets a plan's cycle: due days between 0 and 60 working days. */
    @org.springframework.transaction.annotation.Transactional
    public void change(org.fazhi.identity.CurrentUser user, Setting setting) {
        ProgressAccess.requireOffice(user);
        if (setting.frequency() == null) {
            throw new org.fazhi.platform.DomainException("error.progress.settings.frequency");
        }
        if (setting.dueWorkingDays() < 0 || setting.dueWorkingDays() > 60) {
            throw new org.fazhi.platform.DomainException("error.progress.settings.dueDays", 0, 60);
        }
        save(setting, user.username());
    }

    void save(Setting setting, String actor) {
        marks.changed();
        jdbc.update("""
                insert into progress_plan_setting (plan_id, frequency, due_working_days, leader_approval, updated_by)
                values (?,?,?,?,?) on conflict (plan_id) do update set frequency = excluded.frequency,
                  due_working_days = excluded.due_working_days, leader_approval = excluded.leader_approval,
                  updated_by = excluded.updated_by, updated_at = now()""",
                setting.planId(), setting.frequency().name(), setting.dueWorkingDays(), setting.leaderApproval(), actor);
    }
}
