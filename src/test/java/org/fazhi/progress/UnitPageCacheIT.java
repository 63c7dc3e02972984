package org.fazhi.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.progress.internal.AssignmentView;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.ReportRow;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The unit page keeps its lines between views; it must still change as soon as the loop changes (sign-for,
 * a submitted report, a return, an acceptance — the ledger's /my-unit too), and the kept lines must never reach
 * another unit's user.
 */
@IntegrationTest
class UnitPageCacheIT {

    @Autowired
    ProgressFixtures fixtures;
    @Autowired
    ProgressQueries queries;
    @Autowired
    SignFor signFor;
    @Autowired
    Reporting reporting;
    @Autowired
    MockMvc mvc;

    @Test
    void theUnitPageChangesRightAfterSignForASubmittedReportAReturnAndAnAcceptance() throws Exception {
        long plan = fixtures.plan2026();
        AssignmentView county = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN);
        long id = county.assignment().id();
        long unit = county.assignment().unitId();

        assertThat(row(unit, id)).contains("加强行政执法监督", "待签收", "2026年第1季度", "红灯");
        assertThat(row(unit, id)).as("a second view (from the kept lines) is the same").contains("待签收");

        signFor.sign(fixtures.user("liaison"), id);
        assertThat(row(unit, id)).contains("已签收").doesNotContain("待签收");

        ReportRow q1 = reporting.save(fixtures.user("liaison"), new Reporting.Draft(id, "2026-Q1",
                ReportStatus.IN_PROGRESS, null, "一季度评查案卷 30 件", "", null, true, null, null, List.of()));
        assertThat(row(unit, id)).as("Q1 is delivered: the next period is Q2")
                .contains("2026年第2季度").doesNotContain("2026年第1季度");

        reporting.review(fixtures.user("coordinator"), q1.id(), q1.version(), false, "请补充问题清单");
        assertThat(row(unit, id)).as("returned: Q1 is open again").contains("2026年第1季度");

        ReportRow again = reporting.save(fixtures.user("liaison"), new Reporting.Draft(id, "2026-Q1",
                ReportStatus.IN_PROGRESS, null, "一季度评查案卷 30 件，问题清单已补充", "", null, true, null, null,
                List.of()));
        again = queries.report(fixtures.user("coordinator"), again.id());
        String ledgerBefore = ledgerRow(county.task().id());
        reporting.review(fixtures.user("coordinator"), again.id(), again.version(), true, "通过");
        assertThat(row(unit, id)).contains("2026年第2季度");
        assertThat(ledgerBefore).doesNotContain("问题清单已补充");
        assertThat(ledgerRow(county.task().id())).as("the ledger's unit page shows the accepted report at once")
                .contains("问题清单已补充");
    }

    @Test
    void anotherUnitsLiaisonIsRefusedTheKeptPage() throws Exception {
        long plan = fixtures.plan2026();
        long unit = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN).assignment().unitId();
        mvc.perform(get("/progress/units/" + unit).with(fixtures.as("liaison"))).andExpect(status().isOk());
        mvc.perform(get("/progress/units/" + unit).with(fixtures.as("liaison-fgw"))).andExpect(status().isForbidden());
        mvc.perform(get("/progress/units/" + unit).with(fixtures.as("liaison"))
                .header("Accept-Language", "en")).andExpect(status().isOk());
        mvc.perform(get("/progress/units/" + unit).with(fixtures.as("liaison-fgw"))
                .header("Accept-Language", "en")).andExpect(status().isForbidden());
    }

    private String row(long unit, long assignment) throws Exception {
        String html = mvc.perform(get("/progress/units/" + unit).with(fixtures.as("liaison")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return between(html, "<tr id=\"assignment-" + assignment + "\">");
    }

    private String ledgerRow(long task) throws Exception {
        String html = mvc.perform(get("/my-unit").with(fixtures.as("liaison")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return between(html, "<tr id=\"unit-task-" + task + "\">");
    }

    private static String between(String html, String start) {
        Matcher m = Pattern.compile(Pattern.quote(start) + "(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("row %s on the page", start).isTrue();
        return m.group(1);
    }
}
