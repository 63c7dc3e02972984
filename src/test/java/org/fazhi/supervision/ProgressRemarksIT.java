package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.supervision.internal.Orders;
import org.fazhi.supervision.internal.SupervisionOrder;
import org.fazhi.supervision.internal.Urging;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 催办 and open 督办 show on the unit's progress pages at once (issue 7: "the unit sees an urge at once in its inbox
 * and on its page"), through the progress module's AssignmentRemarks SPI.
 */
@IntegrationTest
class ProgressRemarksIT {

    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    Urging urging;
    @Autowired
    Orders orders;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    PlatformTransactionManager txManager;

    @Test
    void anUrgeAndAnOpenOrderShowOnTheUnitPageAndTheAssignmentPageAtOnce() throws Exception {
        long plan = fixtures.plan2026();
        AssignmentStatus county = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        AssignmentStatus fgw = fixtures.assignment(plan, SupervisionFixtures.FGW);
        assertThat(row(county)).doesNotContain("已催办");

        urging.urge(fixtures.user("coordinator"), List.of(county.id()), "请报送进展 " + UUID.randomUUID());
        String today = LocalDate.now(clock).toString();
        assertThat(row(county)).contains("已催办 1 次（最近 " + today + "）");
        urging.urge(fixtures.user("coordinator"), List.of(county.id()), "再次催办 " + UUID.randomUUID());
        assertThat(row(county)).contains("已催办 2 次（最近 " + today + "）");
        assertThat(page("liaison", "/progress/assignments/" + county.id()))
                .contains("id=\"assignment-remark\"").contains("已催办 2 次");
        assertThat(page("liaison-fgw", "/progress/assignments/" + fgw.id())).doesNotContain("assignment-remark");

        SupervisionOrder order = orders.issue(fixtures.user("coordinator"), new Orders.Draft(county.unitId(),
                List.of(county.id()), "逾期未报", "书面说明原因", null));
        assertThat(row(county)).contains("已催办 2 次").contains("督办中 1 件");
        orders.close(fixtures.user("coordinator"), order.id(), order.version(), "已整改");
        assertThat(row(county)).contains("已催办 2 次").doesNotContain("督办中");
    }

    @Test
    void anUrgeRolledBackLeavesNoBadgeEvenWhenThePageWasReadDuringIt() throws Exception {
        long plan = fixtures.plan2026();
        AssignmentStatus county = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        String before = row(county);
        new TransactionTemplate(txManager).executeWithoutResult(tx -> {
            urging.urge(fixtures.user("coordinator"), List.of(county.id()), "撤回的催办 " + UUID.randomUUID());
            try {
                assertThat(row(county)).isNotEqualTo(before); // read inside the writing transaction
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            tx.setRollbackOnly();
        });
        assertThat(row(county)).isEqualTo(before);
    }

    private String row(AssignmentStatus a) throws Exception {
        String html = page("liaison", "/progress/units/" + a.unitId());
        Matcher m = Pattern.compile(Pattern.quote("<tr id=\"assignment-" + a.id() + "\">") + "(.*?)</tr>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private String page(String user, String path) throws Exception {
        String html = mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).doesNotContain("\uE000"); // kept table bytes are copied in, no marker left
        return html;
    }
}
