package org.fazhi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fazhi.plan.internal.PlanQueries;
import org.fazhi.plan.internal.Task;
import org.fazhi.plan.internal.TaskChange;
import org.fazhi.plan.internal.Tasks;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Notices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The coordinator's edits: recorded with who and why, all or nothing, refused when stale or by other roles. */
@IntegrationTest
class TaskEditIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    LedgerFixtures fixtures;
    @Autowired
    Tasks tasks;
    @Autowired
    PlanQueries queries;

    private Task freshTask() {
        long plan = fixtures.importPlan(Notices.docNumber(),
                "推进政务公开。提高质量。(责任单位:市司法局、市直有关部门;完成时限:2030年6月30日前)");
        return tasks.findByPlanIdOrderByNumber(plan).get(0);
    }

    private Task reload(Task task) {
        return tasks.findByPlanIdOrderByNumber(task.getPlan().getId()).get(0);
    }

    private MockHttpServletRequestBuilder edit(String path, Task task, String reason) {
        return post("/plans/tasks/" + task.getId() + path).with(csrf())
                .param("version", Long.toString(task.getVersion())).param("reason", reason);
    }

    private PlanQueries.TaskView view(Task task) {
        return queries.plan(task.getPlan().getId()).sections().get(0).tasks().get(0);
    }

    @Test
    void coordinatorDesignatesTheUnitsBehindRelevantDepartmentsAndTheHistorySaysWhoAndWhy() throws Exception {
        Task task = freshTask();
        long fgw = fixtures.unit(LedgerFixtures.FGW);
        long commerce = fixtures.unit("市商务局");
        mvc.perform(edit("/designate", task, "市政府常务会议明确").param("term", "市直有关部门")
                        .param("units", Long.toString(fgw), Long.toString(commerce)).with(fixtures.as("coordinator")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "ledger.edit.saved"));
        var view = view(task);
        assertThat(view.toDesignate()).isEmpty();
        assertThat(view.partners()).extracting(PlanQueries.UnitLine::unitId).containsExactly(fgw, commerce);
        List<TaskChange> history = queries.history(task.getId());
        TaskChange last = history.get(history.size() - 1);
        assertThat(last.getKind()).isEqualTo(TaskChange.Kind.EDITED);
        assertThat(last.getActor()).isEqualTo("coordinator");
        assertThat(last.getReason()).isEqualTo("市政府常务会议明确");
        assertThat(last.getDetail()).contains("市发展改革委");
        assertThat(reload(task).getVersion()).isGreaterThan(task.getVersion());
    }

    @Test
    void addingAUnitThenMakingItLeadThenRemovingTheFormerLead() throws Exception {
        Task task = freshTask();
        long fgw = fixtures.unit(LedgerFixtures.FGW);
        long sfj = fixtures.unit("市司法局");
        mvc.perform(edit("/units", task, "补充").param("unit", Long.toString(fgw)).with(fixtures.as("coordinator")))
                .andExpect(flash().attribute("flash", "ledger.edit.saved"));
        task = reload(task);
        mvc.perform(edit("/lead", task, "调整牵头").param("unit", Long.toString(fgw)).with(fixtures.as("coordinator")))
                .andExpect(flash().attribute("flash", "ledger.edit.saved"));
        task = reload(task);
        mvc.perform(edit("/units/remove", task, "职责调整").param("unit", Long.toString(sfj))
                .with(fixtures.as("coordinator"))).andExpect(flash().attribute("flash", "ledger.edit.saved"));
        var view = view(task);
        assertThat(view.leads()).extracting(PlanQueries.UnitLine::unitId).containsExactly(fgw);
        assertThat(view.partners()).isEmpty();
        assertThat(queries.history(task.getId())).filteredOn(c -> c.getKind() == TaskChange.Kind.EDITED).hasSize(3);
    }

    @Test
    void deadlineChangeIsRecordedAndAStaleFormIsRefusedWithNothingChanged() throws Exception {
        Task task = freshTask();
        mvc.perform(edit("/deadline", task, "工作需要").param("dueDate", "2030-09-30").with(fixtures.as("coordinator")))
                .andExpect(flash().attribute("flash", "ledger.edit.saved"));
        Task after = reload(task);
        assertThat(after.getDueDate()).hasToString("2030-09-30");
        assertThat(after.getDueText()).isEqualTo("2030年9月30日前");
        // the same (now stale) form again
        mvc.perform(edit("/deadline", task, "再改").param("dueDate", "2030-10-31").with(fixtures.as("coordinator")))
                .andExpect(flash().attribute("flashError", "error.ledger.edit.stale"));
        assertThat(reload(task).getDueDate()).hasToString("2030-09-30");
    }

    @Test
    void anEditWithoutAReasonOrARefusedEditChangesNothing() throws Exception {
        Task task = freshTask();
        mvc.perform(edit("/deadline", task, " ").param("dueDate", "2030-09-30").with(fixtures.as("coordinator")))
                .andExpect(flash().attribute("flashError", "error.ledger.edit.reasonRequired"));
        mvc.perform(edit("/units/remove", task, "x").param("unit", Long.toString(fixtures.unit("市司法局")))
                        .with(fixtures.as("coordinator")))
                .andExpect(flash().attribute("flashError", "error.ledger.edit.lastUnit"));
        assertThat(reload(task).getVersion()).isEqualTo(task.getVersion());
        assertThat(queries.history(task.getId())).noneMatch(c -> c.getKind() == TaskChange.Kind.EDITED);
    }

    @Test
    void cityLeaderAndLiaisonsCannotPostEdits() throws Exception {
        Task task = freshTask();
        for (String account : new String[] {"cityleader", "liaison", "leader", "liaison-fgw"}) {
            for (String path : new String[] {"/designate", "/units", "/units/remove", "/lead", "/deadline"}) {
                mvc.perform(edit(path, task, "x").param("unit", "1").param("term", "市直有关部门")
                        .param("dueDate", "2030-01-01").with(fixtures.as(account))).andExpect(status().isForbidden());
            }
        }
        assertThat(reload(task).getVersion()).isEqualTo(task.getVersion());
    }
}
