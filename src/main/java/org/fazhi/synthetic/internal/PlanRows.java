package org.fazhi.synthetic.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.fazhi.plan.ingest.ParsedNotice;
import org.fazhi.plan.ingest.ParsedTask;
import org.fazhi.synthetic.TableCount;
import org.postgresql.copy.CopyManager;

/**
 * The plans as the plan module's import saves them: the notice's details and text (rewritten for the city
 * and year, kept as the source so the plan page can show it), sections, tasks, responsibilities (a designated
 * term as one row without unit) and one IMPORTED history entry per task.
 */
final class PlanRows {

    static final String ACTOR = "synthetic";

    private final CopyManager copy;
    private final Template template;
    private final PlanWalk walk;

    PlanRows(CopyManager copy, Template template, PlanWalk walk) {
        this.copy = copy;
        this.template = template;
        this.walk = walk;
    }

    TableCount plans() throws SQLException {
        ParsedNotice notice = template.notice();
        CopyRow row = new CopyRow();
        try (CopyStream out = new CopyStream(copy, "plan_plan", "id, doc_number, title, notice_title, issuer, "
                + "issued_on, plan_year, addressees, source_format, source_file_name, source_checksum, source_text, "
                + "source_bytes, imported_by")) {
            walk.walk(new PlanWalk.Visitor() {
                @Override
                public void plan(PlanWalk.PlanAt p) throws SQLException {
                    City city = p.city();
                    int year = p.year();
                    String text = city.rewrite(template.text(), year);
                    String title = notice.title() != null ? notice.title() : notice.noticeTitle();
                    out.write(row.number(p.planId()).text(city.docNumber(year)).text(city.rewrite(title, year))
                            .text(city.rewrite(notice.noticeTitle(), year)).text(city.rewrite(notice.issuer(), year))
                            .date(Template.issuedIn(year)).number(year)
                            .text(city.rewrite(String.join("、", notice.addressees()), year)).text("text")
                            .text("synthetic-" + city.name() + "-" + year + ".txt").text(Loader.sha256(text))
                            .text(text).bytes(text.getBytes(StandardCharsets.UTF_8)).text(ACTOR).end());
                }
            });
            return out.finish();
        }
    }

    TableCount sections() throws SQLException {
        CopyRow row = new CopyRow();
        try (CopyStream out = new CopyStream(copy, "plan_section", "id, plan_id, number, heading, intro, source_line")) {
            walk.walk(new PlanWalk.Visitor() {
                @Override
                public void section(PlanWalk.PlanAt p, Template.Section s, long id) throws SQLException {
                    out.write(row.number(id).number(p.planId()).number(s.parsed().number())
                            .text(p.city().rewrite(s.parsed().heading(), p.year()))
                            .text(p.city().rewrite(s.parsed().intro(), p.year())).number(s.parsed().sourceLine()).end());
                }
            });
            return out.finish();
        }
    }

    TableCount tasks() throws SQLException {
        CopyRow row = new CopyRow();
        try (CopyStream out = new CopyStream(copy, "plan_task", "id, plan_id, section_id, number, label, title, body, "
                + "due_date, due_text, source_line")) {
            walk.walk(new PlanWalk.Visitor() {
                @Override
                public void task(PlanWalk.PlanAt p, long sectionId, Template.Task t, long id) throws SQLException {
                    ParsedTask task = t.parsed();
                    City city = p.city();
                    out.write(row.number(id).number(p.planId()).number(sectionId).number(task.number()).text(task.label())
                            .text(city.rewrite(task.title(), p.year())).text(city.rewrite(task.body(), p.year()))
                            .date(city.shift(task.dueDate(), p.year()))
                            .text(task.dueText() == null ? null : task.dueText().replace(
                                    String.valueOf(Template.YEAR), String.valueOf(p.year())))
                            .number(task.sourceLine()).end());
                }
            });
            return out.finish();
        }
    }

    TableCount responsibilities() throws SQLException {
        CopyRow row = new CopyRow();
        try (CopyStream out = new CopyStream(copy, "plan_responsibility", "id, task_id, unit_id, written_name, via_term, "
                + "lead, to_designate, position")) {
            walk.walk(new PlanWalk.Visitor() {
                @Override
                public void responsibility(PlanWalk.PlanAt p, long taskId, Template.Ref ref, Long unitId, int position,
                                           long id) throws SQLException {
                    out.write(row.number(id).number(taskId).number(unitId).text(ref.writtenName()).text(ref.viaTerm())
                            .bool(ref.lead()).bool(ref.toDesignate()).number(position).end());
                }
            });
            return out.finish();
        }
    }

    TableCount changes(long base) throws SQLException {
        CopyRow row = new CopyRow();
        long[] id = {base};
        try (CopyStream out = new CopyStream(copy, "plan_task_change", "id, task_id, occurred_at, actor, kind, detail")) {
            walk.walk(new PlanWalk.Visitor() {
                @Override
                public void task(PlanWalk.PlanAt p, long sectionId, Template.Task t, long taskId) throws SQLException {
                    out.write(row.number(id[0]++).number(taskId)
                            .time(Template.issuedIn(p.year()).atTime(10, 0)).text(ACTOR)
                            .text("IMPORTED").text(p.city().docNumber(p.year())).end());
                }
            });
            return out.finish();
        }
    }
}
