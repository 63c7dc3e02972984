package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.supervision.internal.Circular;
import org.fazhi.supervision.internal.Circulars;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.fazhi.support.IntegrationTest;
import org.fazhi.supervision.internal.Orders;
import org.fazhi.supervision.internal.Rectification;
import org.fazhi.supervision.internal.Rectifications;
import org.fazhi.supervision.internal.SupervisionOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The new-order form and the rectification list take their unit as a name (typed, at province scale) or as an
 * id (the select of a city installation, and links); an unknown name shows the message and selects nothing.
 */
@IntegrationTest
class UnitPickPagesIT {

    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    Orders orders;
    @Autowired
    Rectifications rectifications;
    @Autowired
    MockMvc mvc;
    @Autowired
    Circulars circulars;
    @Autowired
    JdbcTemplate jdbc;

    String page(String url, String unit) throws Exception {
        return mvc.perform(get(url).param("unit", unit).with(fixtures.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theOrderFormAndRectificationListAcceptANameOrAnId() throws Exception {
        long plan = fixtures.plan2026();
        long unit = fixtures.unit(SupervisionFixtures.CHUANSHAN);
        long assignment = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN).id();
        SupervisionOrder order = orders.issue(fixtures.user("coordinator"),
                new Orders.Draft(unit, List.of(assignment), "逾期未报送", "书面说明", 5));
        Rectification item = rectifications.raise(fixtures.user("coordinator"), new Rectifications.Raise(
                Rectification.Source.ORDER, order.id(), unit, "按名称筛选的整改", 10, null));

        for (String written : List.of(SupervisionFixtures.CHUANSHAN, String.valueOf(unit))) {
            String form = page("/supervision/orders/new", written);
            assertThat(form).contains("id=\"order-assignment-" + assignment + "\"")
                    .contains("<select name=\"unit\" id=\"unit-choice\"")
                    .contains("name=\"unit\" value=\"" + unit + "\"");
            assertThat(page("/supervision/rectifications", written)).contains("id=\"rectification-" + item.id() + "\"");
        }
        String unknown = page("/supervision/orders/new", "不存在的单位甲乙丙");
        assertThat(unknown).contains("单位名录中没有“不存在的单位甲乙丙”").doesNotContain("order-assignment-")
                .as("the message next to the field, the text kept").contains("id=\"unit-choice-error\"")
                .contains("不存在的单位甲乙丙\"");
        assertThat(page("/supervision/rectifications", "不存在的单位甲乙丙"))
                .contains("单位名录中没有“不存在的单位甲乙丙”").doesNotContain("<tr id=\"rectification-")
                .contains("id=\"filter-unit-error\"");
    }

    @Test
    void theCircularsRaiseFormTakesTheUnitByNameAndKeepsAnUnknownOne() throws Exception {
        long plan = fixtures.plan2026();
        long unit = fixtures.unit(SupervisionFixtures.CHUANSHAN);
        Circular circular = circulars.draft(fixtures.user("coordinator"), plan, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30));
        circulars.publish(fixtures.user("coordinator"), circular.id(), circular.version(), Circular.Audience.ALL_UNITS);
        String page = mvc.perform(get("/supervision/circulars/" + circular.id()).with(fixtures.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the shared field: the plan's two units only (a city installation is under the cap: a select)
        assertThat(page).contains("<select name=\"unit\" id=\"raise-unit\"")
                .contains("value=\"" + unit + "\"").contains("value=\"" + fixtures.unit(SupervisionFixtures.FGW) + "\"")
                .doesNotContain("value=\"" + fixtures.unit("市司法局") + "\"");

        MvcResult refused = mvc.perform(post("/supervision/rectifications").param("source", "CIRCULAR")
                .param("sourceId", String.valueOf(circular.id())).param("unit", "不存在的单位丁戊")
                .param("requirement", "逐项整改 丁戊").param("days", "5").with(csrf()).with(fixtures.as("coordinator")))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/supervision/circulars/" + circular.id());
        assertThat(count(circular.id())).isZero();
        String again = mvc.perform(get("/supervision/circulars/" + circular.id()).with(fixtures.as("coordinator"))
                .flashAttrs(refused.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("单位名录中没有“不存在的单位丁戊”")
                .contains("id=\"raise-unit\"").contains("value=\"不存在的单位丁戊\"").contains("逐项整改 丁戊");

        MvcResult raised = mvc.perform(post("/supervision/rectifications").param("source", "CIRCULAR")
                .param("sourceId", String.valueOf(circular.id())).param("unit", SupervisionFixtures.CHUANSHAN)
                .param("requirement", "逐项整改").param("days", "5").with(csrf()).with(fixtures.as("coordinator")))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(raised.getResponse().getRedirectedUrl()).startsWith("/supervision/rectifications/");
        assertThat(rectifications.ofSource(fixtures.user("coordinator"), Rectification.Source.CIRCULAR, circular.id()))
                .singleElement().satisfies(r -> assertThat(r.unitId()).isEqualTo(unit));
    }

    int count(long circularId) {
        return jdbc.queryForObject("select count(*) from supervision_rectification where source_kind = 'CIRCULAR'"
                + " and source_id = ?", Integer.class, circularId);
    }
}
