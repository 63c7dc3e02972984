package org.fazhi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.organization.UnitKind;
import org.fazhi.plan.ledger.LedgerFilter;
import org.fazhi.plan.ledger.LedgerQueries;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Notices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import java.time.LocalDate;
import java.util.Set;

/** The plan page's filters, the task page and the unit pages. */
@IntegrationTest
class LedgerPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    LedgerFixtures fixtures;
    @Autowired
    LedgerQueries ledger;
    @Autowired
    org.fazhi.plan.internal.Tasks tasks;

    private int shown(LedgerFilter filter) {
        return ledger.plan(fixtures.seedPlan(), filter, fixtures.user("coordinator")).shown();
    }

    @Test
    void unfilteredPlanShowsAllTwentyFourTasksInSevenSections() {
        var page = ledger.plan(fixtures.seedPlan(), LedgerFilter.none(), fixtures.user("coordinator"));
        assertThat(page.shown()).isEqualTo(24);
        assertThat(page.sections()).hasSize(7);
    }

    @Test
    void searchFindsChineseWordsInTaskTextThroughPostgres() {
        var page = ledger.plan(fixtures.seedPlan(), new LedgerFilter(null, null, null, null, null, "疫情"),
                fixtures.user("coordinator"));
        assertThat(page.sections().stream().flatMap(s -> s.tasks().stream()).map(t -> t.number()))
                .contains(4);
        assertThat(shown(new LedgerFilter(null, null, null, null, null, "疫情 防控"))).isEqualTo(page.shown());
        assertThat(shown(new LedgerFilter(null, null, null, null, null, "月球基地"))).isZero();
        assertThat(shown(new LedgerFilter(null, null, null, null, null, "100%_"))).isZero();
    }

    @Test
    void unitAndKindFiltersKeepOnlyTasksOfThatUnitOrKind() {
        long sfj = fixtures.unit("市司法局");
        int justice = shown(new LedgerFilter(null, sfj, null, null, null, null));
        assertThat(justice).isBetween(1, 23);
        int county = shown(new LedgerFilter(null, null, UnitKind.COUNTY_GOVERNMENT, null, null, null));
        int chuanshan = shown(new LedgerFilter(null, fixtures.unit(LedgerFixtures.CHUANSHAN), null, null, null, null));
        assertThat(county).isEqualTo(chuanshan).isBetween(1, 23);
    }

    @Test
    void sectionFilterShowsOneSection() {
        var all = ledger.plan(fixtures.seedPlan(), LedgerFilter.none(), fixtures.user("coordinator"));
        var first = all.sections().get(0);
        var page = ledger.plan(fixtures.seedPlan(),
                new LedgerFilter(first.sectionId(), null, null, null, null, null), fixtures.user("coordinator"));
        assertThat(page.sections()).hasSize(1);
        assertThat(page.shown()).isEqualTo(first.tasks().size());
    }

    @Test
    void deadlineWindowKeepsOnlyTasksDueInsideIt() {
        String doc = Notices.docNumber();
        long plan = fixtures.importPlan(doc, "推进政务公开。提高质量。(责任单位:市司法局;完成时限:2030年6月30日前)",
                "加强执法监督。规范执法。(责任单位:市司法局;完成时限:2030年12月底前)");
        var june = ledger.plan(plan, new LedgerFilter(null, null, null, LocalDate.of(2030, 6, 1),
                LocalDate.of(2030, 7, 31), null), fixtures.user("coordinator"));
        var all = ledger.plan(plan, LedgerFilter.none(), fixtures.user("coordinator"));
        assertThat(all.shown()).isEqualTo(2);
        assertThat(june.shown()).isEqualTo(1);
        assertThat(june.sections().get(0).tasks().get(0).title()).contains("政务公开");
    }

    private static String tableOf(String html) {
        return html.substring(html.indexOf("id=\"plan-tasks\""));
    }

    @Test
    void planPageShowsCollectivesAsOneListOfNamesWithACountAndFollowsEditsDespiteItsCache() throws Exception {
        long plan = fixtures.importPlan(Notices.docNumber(),
                "推进政务公开。提高质量。(责任单位:市司法局、各县(市、区)政府;完成时限:2030年6月30日前)");
        String before = mvc.perform(get("/plans/" + plan).with(fixtures.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the county governments are expanded, named in one list under a summary with their count
        assertThat(before).containsPattern("<summary>各县\\(市、区\\)政府（\\d+ 个单位）(<small [^>]*>[^<]*</small>)?</summary>")
                .containsPattern("<p class=\"unit-names[^\"]*\">(<strong>[^<]*</strong>)?(<span>)?[^<]*船山区、[^<]*<");
        assertThat(tableOf(before)).doesNotContain(LedgerFixtures.FGW);
        var task = tasks.findByPlanIdOrderByNumber(plan).get(0);
        mvc.perform(post("/plans/tasks/" + task.getId() + "/units").with(csrf()).with(fixtures.as("coordinator"))
                        .param("version", Long.toString(task.getVersion())).param("reason", "补充")
                        .param("unit", Long.toString(fixtures.unit(LedgerFixtures.FGW))))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get("/plans/" + plan).with(fixtures.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tableOf(after)).contains(LedgerFixtures.FGW);
    }

    @Test
    void planPageFiltersByCountyAndHtmxGetsOnlyTheTable() throws Exception {
        long plan = fixtures.seedPlan();
        String html = mvc.perform(get("/plans/" + plan).param("kind", "COUNTY_GOVERNMENT")
                        .with(fixtures.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("plan-filter", "plan-task-1").doesNotContain("id=\"plan-task-3\"");
        mvc.perform(get("/plans/" + plan).param("q", "疫情").header("HX-Request", "true")
                        .with(fixtures.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("plan-task-4")));
    }

    @Test
    void taskPageShowsTheTextItsNoticeLineUnitsAndHistory() throws Exception {
        var task = fixtures.seedTask(3);
        String html = mvc.perform(get("/plans/tasks/" + task.getId()).with(fixtures.as("cityleader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("统筹规划法治政府建设工作", "市司法局", "task-source-line", "task-history", "导入");
        var page = ledger.task(task.getId(), new CurrentUser(1, "c", "c", null, Set.of(Role.COORDINATOR)));
        assertThat(page.sourceLineText()).contains("统筹规划法治政府建设工作");
        assertThat(page.history()).isNotEmpty();
    }

    @Test
    void myUnitListsOnlyTheUnitsTasksLeadOnesFirst() {
        long chuanshan = fixtures.unit(LedgerFixtures.CHUANSHAN);
        fixtures.importPlan(Notices.docNumber(), "推进政务公开。提高质量。(责任单位:市司法局、船山区人民政府)",
                "加强执法监督。规范执法。(责任单位:船山区人民政府、市司法局)");
        var user = new CurrentUser(2, "liaison", "l", chuanshan, Set.of(Role.UNIT_LIAISON));
        var page = ledger.unit(chuanshan, user);
        assertThat(page.tasks()).isNotEmpty();
        assertThat(page.tasks().get(0).lead()).isTrue();
        assertThat(page.tasks()).allSatisfy(t -> assertThat(t.task().unitIds()).contains(chuanshan));
        assertThat(page.tasks()).allSatisfy(t -> assertThat(t.lead())
                .isEqualTo(t.task().leads().stream().anyMatch(u -> u.id() == chuanshan)));
        boolean seenPartner = false;
        for (var line : page.tasks()) {
            assertThat(seenPartner && line.lead()).isFalse();
            seenPartner |= !line.lead();
        }
    }

    @Test
    void myUnitPageRendersForTheLiaison() throws Exception {
        mvc.perform(get("/my-unit").with(fixtures.as("liaison")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("unit-tasks")));
    }
}
