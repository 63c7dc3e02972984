package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
        assertThat(unknown).contains("单位名录中没有“不存在的单位甲乙丙”").doesNotContain("order-assignment-");
        assertThat(page("/supervision/rectifications", "不存在的单位甲乙丙"))
                .contains("单位名录中没有“不存在的单位甲乙丙”").doesNotContain("<tr id=\"rectification-");
    }
}
