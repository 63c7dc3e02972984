package org.fazhi.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only view of plans and their (task, unit) responsibilities for other modules, by ID. */
@Service
@Transactional(readOnly = true)
public class PlanDirectory {

    private final JdbcTemplate jdbc;

    PlanDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every plan, newest first. */
    public List<PlanSummary> plans() {
        return jdbc.query("select id, title, doc_number, plan_year from plan_plan order by id desc",
                (rs, i) -> new PlanSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4)));
    }

    public Optional<PlanSummary> plan(long planId) {
        return jdbc.query("select id, title, doc_number, plan_year from plan_plan where id = ?",
                (rs, i) -> new PlanSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4)), planId).stream().findFirst();
    }

    /** The (task, unit) pairs of a plan's current tasks, in task order, lead units first. */
    public List<TaskResponsibility> responsibilities(long planId) {
        return jdbc.query("""
                select t.plan_id, t.id, t.number, t.label, t.title, t.due_date, t.due_text, r.unit_id, r.lead
                from plan_task t join plan_responsibility r on r.task_id = t.id
                where t.plan_id = ? and not t.withdrawn and r.unit_id is not null
                order by t.number, r.lead desc, r.position""",
                (rs, i) -> new TaskResponsibility(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, java.time.LocalDate.class), rs.getString(7),
                        rs.getLong(8), rs.getBoolean(9)), planId);
    }

    /** The tasks of a plan in notice order, withdrawn ones included. */
    public List<TaskSummary> tasks(long planId) {
        return jdbc.query(SELECT_TASK + " where plan_id = ? order by number", PlanDirectory::task, planId);
    }

    public Optional<TaskSummary> task(long taskId) {
        return jdbc.query(SELECT_TASK + " where id = ?", PlanDirectory::task, taskId).stream().findFirst();
    }

    private static final String SELECT_TASK =
            "select id, plan_id, number, label, title, body, due_date, due_text, withdrawn from plan_task";

    private static TaskSummary task(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new TaskSummary(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, java.time.LocalDate.class), rs.getString(8), rs.getBoolean(9));
    }

    /** The sections of a plan in notice order, each with its tasks' ids. */
    public List<SectionSummary> sections(long planId) {
        java.util.Map<Long, List<Long>> tasks = new java.util.HashMap<>();
        jdbc.query("select section_id, id from plan_task where plan_id = ? order by number",
                (java.sql.ResultSet rs) -> {
                    tasks.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
                }, planId);
        return jdbc.query("select id, plan_id, number, heading from plan_section where plan_id = ? order by number",
                (rs, i) -> new SectionSummary(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        tasks.getOrDefault(rs.getLong(1), List.of())), planId);
    }
}
