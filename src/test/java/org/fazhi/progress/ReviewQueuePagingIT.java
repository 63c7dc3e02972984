package org.fazhi.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.progress.internal.AssignmentView;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The review queue at scale: more submitted reports than one page shows — the page shows the first 100, the
 * total and a working link to the next page; the plan and unit filters narrow it; the API pages the same way.
 * An adjustment's new unit is typed by name (no drop-down of every unit).
 */
@IntegrationTest
class ReviewQueuePagingIT {

    private static final Pattern ROW = Pattern.compile("<tr id=\"review-(\\d+)\"");

    @Autowired
    ProgressFixtures fixtures;
    @Autowired
    ProgressDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    SignFor signFor;

    @Test
    void aLongQueueIsShownOnePageAtATimeWithTheTotalAndFilters() throws Exception {
        long plan = fixtures.plan2026();
        AssignmentView county = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN);
        long firstId = 0;
        long lastId = 0;
        for (int i = 1; i <= 130; i++) {
            long id = jdbc.queryForObject("""
                    insert into progress_report (assignment_id, period_key, version_no, state, status, done_text,
                      author, submitted_at)
                    values (?, '2026-Q1', ?, 'SUBMITTED', 'IN_PROGRESS', ?, 'liaison',
                      timestamptz '2026-03-01 08:00:00+08' + make_interval(mins => ?)) returning id""",
                    Long.class, county.assignment().id(), i, "评查第" + i + "批", i);
            firstId = i == 1 ? id : firstId;
            lastId = id;
        }
        assertThat(directory.reportsAwaitingReview()).isGreaterThanOrEqualTo(130);

        String first = page("/progress/review?order=oldest&plan=" + plan);
        assertThat(rows(first)).hasSize(100).first().isEqualTo(firstId);
        assertThat(first).contains("第 1–100 条，共 130 条").contains("id=\"review-next\"")
                .doesNotContain("id=\"review-previous\"");
        Matcher next = Pattern.compile("id=\"review-next\" href=\"([^\"]+)\"").matcher(first);
        assertThat(next.find()).isTrue();
        String second = page(next.group(1).replace("&amp;", "&"));
        assertThat(rows(second)).hasSize(30).last().isEqualTo(lastId);
        assertThat(second).contains("第 101–130 条，共 130 条").contains("id=\"review-previous\"")
                .doesNotContain("id=\"review-next\"");

        assertThat(rows(page("/progress/review?plan=" + plan)).get(0)).as("newest first by default").isEqualTo(lastId);
        assertThat(rows(page("/progress/review"))).as("without a filter: still one page").hasSizeLessThanOrEqualTo(100);
        assertThat(rows(page("/progress/review?plan=" + plan + "&unit=" + ProgressFixtures.CHUANSHAN))).hasSize(100);
        assertThat(rows(page("/progress/review?plan=" + plan + "&unit=" + ProgressFixtures.FGW)))
                .as("the plan's other unit has nothing waiting").isEmpty();
        assertThat(page("/progress/review?unit=不存在的单位甲乙丙")).contains("单位名录中没有“不存在的单位甲乙丙”");

        MvcResult api = mvc.perform(get("/api/progress/reviews?plan=" + plan + "&size=40&page=2")
                .with(fixtures.as("coordinator"))).andExpect(status().isOk()).andReturn();
        assertThat(api.getResponse().getHeader("X-Total-Count")).isEqualTo("130");
        assertThat(api.getResponse().getContentAsString()).contains("评查第41批").doesNotContain("评查第40批\"")
                .doesNotContain("评查第81批");
        MvcResult capped = mvc.perform(get("/api/progress/reviews?size=100000").with(fixtures.as("coordinator")))
                .andExpect(status().isOk()).andReturn();
        assertThat(Pattern.compile("\"assignmentId\"").matcher(capped.getResponse().getContentAsString()).results()
                .count()).isLessThanOrEqualTo(500);
    }

    @Test
    void theOfficeMovesATaskToAUnitTypedByName() throws Exception {
        long plan = fixtures.plan2026();
        AssignmentView fgw = fixtures.assignment(plan, ProgressFixtures.FGW);
        long adjustment = signFor.requestAdjustment(fixtures.user("liaison-fgw"), fgw.assignment().id(),
                AdjustmentKind.NOT_OUR_DUTY, "属于商务部门职责");
        mvc.perform(post("/progress/adjustments/" + adjustment + "/decision").with(csrf())
                        .with(fixtures.as("coordinator")).param("outcome", "ACCEPT_MOVE").param("note", "改由商务局")
                        .param("moveTo", "没有这个单位的名字"))
                .andExpect(flash().attribute("flashError", "error.org.unit.unknown"));
        assertThat(signFor.adjustment(adjustment).decision()).isNull();
        mvc.perform(post("/progress/adjustments/" + adjustment + "/decision").with(csrf())
                        .with(fixtures.as("coordinator")).param("outcome", "ACCEPT_MOVE").param("note", "改由商务局")
                        .param("moveTo", "市商务局"))
                .andExpect(flash().attribute("flash", "progress.adjustment.decided"));
        assertThat(signFor.adjustment(adjustment).decision()).isEqualTo("ACCEPTED");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).locale(Locale.SIMPLIFIED_CHINESE).with(fixtures.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static java.util.List<Long> rows(String html) {
        return ROW.matcher(html).results().map(m -> Long.parseLong(m.group(1))).toList();
    }
}
