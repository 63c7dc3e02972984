package org.fazhi.synthetic.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import org.fazhi.synthetic.TableCount;
import org.postgresql.copy.CopyManager;

/**
 * The reporting loop's rows as {@code progress.internal} writes them: each plan's cycle (quarterly, due five
 * working days after a quarter), one assignment per (task, unit) created on the day the notice was issued and
 * signed for, the report versions of each assignment and the decisions on them (see {@link ReportScript}).
 */
final class ProgressRows {

    private final CopyManager copy;
    private final PlanWalk walk;
    private final long seed;

    ProgressRows(CopyManager copy, PlanWalk walk, long seed) {
        this.copy = copy;
        this.walk = walk;
        this.seed = seed;
    }

    TableCount settings() throws SQLException {
        CopyRow row = new CopyRow();
        try (CopyStream out = new CopyStream(copy, "progress_plan_setting",
                "plan_id, frequency, due_working_days, leader_approval, updated_by")) {
            walk.walk(new PlanWalk.Visitor() {
                @Override
                public void plan(PlanWalk.PlanAt p) throws SQLException {
                    out.write(row.number(p.planId()).text("QUARTERLY").number(5).bool(false).text(PlanRows.ACTOR).end());
                }
            });
            return out.finish();
        }
    }

    TableCount assignments() throws SQLException {
        CopyRow row = new CopyRow();
        try (CopyStream out = new CopyStream(copy, "progress_assignment", "id, plan_id, task_id, unit_id, lead, active, "
                + "created_at, created_on, sign_state, signed_at, signed_by")) {
            walk.walk(new PlanWalk.Visitor() {
                @Override
                public void assignment(PlanWalk.PlanAt p, Template.Task t, long taskId, Template.Ref ref, long unitId,
                                       long id, long ordinal) throws SQLException {
                    LocalDate issued = issued(p);
                    ReportScript.Script script = script(p, t, ordinal);
                    out.write(row.number(id).number(p.planId()).number(taskId).number(unitId).bool(ref.lead()).bool(true)
                            .time(issued.atTime(10, 0)).date(issued).text(script.signed() ? "SIGNED" : "PENDING")
                            .time(script.signedAt()).text(script.signed() ? ReportScript.AUTHOR : null).end());
                }
            });
            return out.finish();
        }
    }

    TableCount reports(long base) throws SQLException {
        CopyRow row = new CopyRow();
        long[] id = {base};
        try (CopyStream out = new CopyStream(copy, "progress_report", "id, assignment_id, period_key, version_no, state, "
                + "status, late_reason, done_text, next_steps, percent, author, created_at, submitted_at")) {
            walk.walk(new PlanWalk.Visitor() {
                @Override
                public void assignment(PlanWalk.PlanAt p, Template.Task t, long taskId, Template.Ref ref, long unitId,
                                       long assignmentId, long ordinal) throws SQLException {
                    for (ReportScript.Version v : script(p, t, ordinal).versions()) {
                        out.write(row.number(id[0]++).number(assignmentId).text(v.periodKey()).number(v.versionNo())
                                .text(v.state()).text(v.status()).text(v.lateReason()).text(v.doneText())
                                .text(v.nextSteps()).number(v.percent() == null ? null : Long.valueOf(v.percent()))
                                .text(ReportScript.AUTHOR).time(v.createdAt()).time(v.submittedAt()).end());
                    }
                }
            });
            return out.finish();
        }
    }

    TableCount decisions(long reportBase, long base) throws SQLException {
        CopyRow row = new CopyRow();
        long[] reportId = {reportBase};
        long[] id = {base};
        try (CopyStream out = new CopyStream(copy, "progress_decision", "id, report_id, kind, actor, occurred_at, comment")) {
            walk.walk(new PlanWalk.Visitor() {
                @Override
                public void assignment(PlanWalk.PlanAt p, Template.Task t, long taskId, Template.Ref ref, long unitId,
                                       long assignmentId, long ordinal) throws SQLException {
                    for (ReportScript.Version v : script(p, t, ordinal).versions()) {
                        long report = reportId[0]++;
                        for (ReportScript.Decision d : v.decisions()) {
                            out.write(row.number(id[0]++).number(report).text(d.kind()).text(d.actor()).time(d.at())
                                    .text(d.comment()).end());
                        }
                    }
                }
            });
            return out.finish();
        }
    }

    private ReportScript.Script script(PlanWalk.PlanAt p, Template.Task t, long ordinal) {
        return ReportScript.of(seed, ordinal, p.year(), p.newest(), issued(p), p.city().rewrite(t.parsed().title(), p.year()));
    }

    private LocalDate issued(PlanWalk.PlanAt p) {
        return Template.issuedIn(p.year());
    }
}
