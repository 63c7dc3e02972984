package org.fazhi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.plan.internal.PlanList;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Notices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The list of plans pages with its task counts, whatever the number of plans; a plan page's unit filter offers
 * the plan's units, not the whole registry.
 */
@IntegrationTest
class PlanListPagingIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    LedgerFixtures fixtures;
    @Autowired
    PlanList list;

    @Test
    void plansArePagedWithTheirTaskCounts() throws Exception {
        String doc = Notices.docNumber();
        long plan = fixtures.importPlan(doc, "推进政务公开。提高质量。(责任单位:市司法局;完成时限:2030年6月30日前)",
                "加强执法监督。开展评查。(责任单位:市发展改革委;完成时限:2030年9月30日前)");
        fixtures.importPlan(Notices.docNumber(), "推进政务公开。提高质量。(责任单位:市司法局;完成时限:2030年6月30日前)");
        fixtures.importPlan(Notices.docNumber(), "推进政务公开。提高质量。(责任单位:市司法局;完成时限:2030年6月30日前)");

        PlanList.Page first = list.page(1, 2);
        assertThat(first.rows()).hasSize(2);
        assertThat(first.total()).isGreaterThanOrEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        PlanList.Page second = list.page(2, 2);
        assertThat(second.first()).isEqualTo(3);
        assertThat(second.rows()).doesNotContainAnyElementsOf(first.rows());
        PlanList.Page all = list.page(1, 100_000);
        assertThat(all.rows()).filteredOn(r -> r.id() == plan).singleElement()
                .satisfies(r -> {
                    assertThat(r.docNumber()).isEqualTo(doc);
                    assertThat(r.taskCount()).isEqualTo(2);
                });
        PlanList.Page past = list.page(99_999, 2);
        assertThat(past.rows()).as("a page past the end shows the last page").isNotEmpty();
        assertThat(past.hasNext()).isFalse();

        String html = mvc.perform(get("/plans").with(fixtures.as("coordinator"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"plans-table\"");

        String planPage = mvc.perform(get("/plans/" + plan).with(fixtures.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String unitFilter = planPage.substring(planPage.indexOf("<select id=\"f-unit\""),
                planPage.indexOf("</select>", planPage.indexOf("<select id=\"f-unit\"")));
        assertThat(unitFilter).as("the unit filter offers the plan's units only").contains("市司法局", "市发展改革委")
                .doesNotContain("市商务局");
    }
}
