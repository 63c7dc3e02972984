package org.fazhi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.internal.PlanQueries;
import org.fazhi.plan.internal.Task;
import org.fazhi.plan.internal.Tasks;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Notices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The task page's unit pickers at scale: the edit forms suggest the plan's units (bounded), not every unit of
 * the installation; the coordinator types a unit's name, which the registry resolves — an unknown name or a
 * collective term is refused with a message and nothing changes.
 */
@IntegrationTest
class TaskEditByNameIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    LedgerFixtures fixtures;
    @Autowired
    Tasks tasks;
    @Autowired
    PlanQueries queries;
    @Autowired
    UnitDirectory units;

    @Test
    void unitsAreAddedAndDesignatedByNameAndUnknownNamesAreRefused() throws Exception {
        long plan = fixtures.importPlan(Notices.docNumber(),
                "推进政务公开。提高质量。(责任单位:市司法局、市直有关部门;完成时限:2030年6月30日前)");
        Task task = tasks.findByPlanIdOrderByNumber(plan).get(0);

        String page = mvc.perform(get("/plans/tasks/" + task.getId()).with(fixtures.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String datalist = page.substring(page.indexOf("<datalist id=\"unit-choices\">"), page.indexOf("</datalist>"));
        long suggested = Pattern.compile("<option ").matcher(datalist).results().count();
        assertThat(datalist).contains("<option value=\"遂宁市司法局\">市司法局</option>");
        assertThat(suggested).isPositive().isLessThanOrEqualTo(300);
        assertThat(page).doesNotContain("<select name=\"unit\" id=\"add-unit\"");

        mvc.perform(post("/plans/tasks/" + task.getId() + "/units").with(csrf()).with(fixtures.as("coordinator"))
                        .param("version", Long.toString(task.getVersion())).param("reason", "补充")
                        .param("unit", "没有这个单位的名字"))
                .andExpect(flash().attribute("flashError", "error.org.unit.unknown"));
        mvc.perform(post("/plans/tasks/" + task.getId() + "/units").with(csrf()).with(fixtures.as("coordinator"))
                        .param("version", Long.toString(task.getVersion())).param("reason", "补充")
                        .param("unit", "市直有关部门"))
                .andExpect(flash().attribute("flashError", "error.org.unit.collective"));
        assertThat(tasks.findByPlanIdOrderByNumber(plan).get(0).getVersion()).isEqualTo(task.getVersion());

        mvc.perform(post("/plans/tasks/" + task.getId() + "/units").with(csrf()).with(fixtures.as("coordinator"))
                        .param("version", Long.toString(task.getVersion())).param("reason", "补充")
                        .param("unit", LedgerFixtures.FGW))
                .andExpect(flash().attribute("flash", "ledger.edit.saved"));
        task = tasks.findByPlanIdOrderByNumber(plan).get(0);
        mvc.perform(post("/plans/tasks/" + task.getId() + "/designate").with(csrf()).with(fixtures.as("coordinator"))
                        .param("version", Long.toString(task.getVersion())).param("reason", "会议明确")
                        .param("term", "市直有关部门").param("units", "市商务局、 市财政局"))
                .andExpect(flash().attribute("flash", "ledger.edit.saved"));
        var view = queries.plan(plan).sections().get(0).tasks().get(0);
        assertThat(view.toDesignate()).isEmpty();
        assertThat(view.partners()).extracting(PlanQueries.UnitLine::name)
                .contains("市发展改革委", "市商务局", "市财政局");
    }
}
