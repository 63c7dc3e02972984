package org.fazhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.dashboard.internal.AssignmentFact;
import org.fazhi.dashboard.internal.DashboardFigures;
import org.fazhi.dashboard.internal.FigureRow;
import org.fazhi.dashboard.internal.Filter;
import org.fazhi.dashboard.internal.PlanFigures;
import org.fazhi.dashboard.internal.Tally;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.ReportRow;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.supervision.internal.Orders;
import org.fazhi.supervision.internal.Rectification;
import org.fazhi.supervision.internal.Rectifications;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The figures of a known plan on real PostgreSQL, exactly: four assignments in two sections over three kinds of
 * unit, one done and delivered in time, one delivered late and waiting for review, two never reported; then the
 * office accepts the waiting report and the dashboard follows at once.
 */
@IntegrationTest
class DashboardFiguresIT {

    @Autowired
    DashboardFixtures fixtures;
    @Autowired
    DashboardFigures figures;
    @Autowired
    ProgressQueries queries;
    @Autowired
    Reporting reporting;
    @Autowired
    Orders orders;
    @Autowired
    MockMvc mvc;

    @Test
    void ratesBySectionKindAndUnitAreExactAndFollowAnAcceptedReport() throws Exception {
        DashboardFixtures.Scenario s = fixtures.scenario();
        PlanFigures f = figures.of(s.plan());

        assertThat(f.total()).as("4 assignments, 1 done, 2 red, 4 periods past due, 1 on time, 1 awaiting review")
                .isEqualTo(new Tally(4, 1, 2, 0, 4, 1, 1));
        assertThat(f.total().completionRate()).isEqualByComparingTo(new BigDecimal("25.0"));
        assertThat(f.total().onTimeRate()).isEqualByComparingTo(new BigDecimal("25.0"));
        assertThat(f.sections()).extracting(FigureRow::key, r -> r.tally().completionRate(), r -> r.tally().onTimeRate())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", new BigDecimal("50.0"), new BigDecimal("50.0")),
                        org.assertj.core.groups.Tuple.tuple("2", new BigDecimal("0.0"), new BigDecimal("0.0")));
        assertThat(f.kinds()).extracting(FigureRow::key, r -> r.tally().assignments(), r -> r.tally().done())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MUNICIPAL_DEPARTMENT", 1, 0),
                        org.assertj.core.groups.Tuple.tuple("COUNTY_GOVERNMENT", 2, 1),
                        org.assertj.core.groups.Tuple.tuple("PARK_COMMITTEE", 1, 0));
        assertThat(f.lateUnits()).as("one red each; the park's on-time rate (0 %) is below 船山区's (50 %)")
                .extracting(FigureRow::key).containsExactly(String.valueOf(fixtures.unit(DashboardFixtures.PARK)),
                        String.valueOf(fixtures.unit(DashboardFixtures.CHUANSHAN)));
        assertThat(ids(f, Filter.LATE)).containsExactlyInAnyOrder(s.countyTask2(), s.parkTask2());
        assertThat(ids(f, Filter.REVIEW)).containsExactly(s.fgwTask1());
        assertThat(ids(f, Filter.MISSED)).containsExactlyInAnyOrder(s.fgwTask1(), s.countyTask2(), s.parkTask2());
        assertThat(f.openOrders()).isZero();

        String page = mvc.perform(get("/dashboard").param("plan", String.valueOf(s.plan())).with(fixtures.as("cityleader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("25.0%（1/4）", "按时报送率 = ", "/dashboard/assignments?plan=" + s.plan() + "&amp;filter=late");

        ReportRow waiting = queries.report(fixtures.user("coordinator"), s.fgwReport().id());
        reporting.review(fixtures.user("coordinator"), waiting.id(), waiting.version(), true, "通过");
        // the fgw report said 推进中: accepted, it is no longer waiting, but the task is not done
        assertThat(figures.of(s.plan()).total()).isEqualTo(new Tally(4, 1, 2, 0, 4, 1, 0));
    }

    @Test
    void acceptingAReportSayingDoneRaisesTheCompletionRateOnThePageAtOnce() throws Exception {
        DashboardFixtures.Scenario s = fixtures.scenario();
        assertThat(row(page(s.plan()), "fig-completion")).contains("25.0%（1/4）");
        ReportRow waiting = queries.report(fixtures.user("coordinator"), s.fgwReport().id());
        // the office returns the waiting report; the unit revises it saying done; the office accepts
        reporting.review(fixtures.user("coordinator"), waiting.id(), waiting.version(), false, "请补充材料");
        ReportRow revised = reporting.save(fixtures.user("liaison-fgw"),
                DashboardFixtures.draft(s.fgwTask1(), org.fazhi.progress.ReportStatus.DONE));
        assertThat(figures.of(s.plan()).total().awaitingReview()).isEqualTo(1);
        revised = queries.report(fixtures.user("coordinator"), revised.id());
        reporting.review(fixtures.user("coordinator"), revised.id(), revised.version(), true, null);

        PlanFigures after = figures.of(s.plan());
        assertThat(after.total()).as("2 of 4 done; the late first submission still counts as late")
                .isEqualTo(new Tally(4, 2, 2, 0, 4, 1, 0));
        String page = page(s.plan());
        assertThat(row(page, "fig-completion")).contains("50.0%（2/4）");
        assertThat(row(page, "fig-ontime")).contains("25.0%（1/4）");
        assertThat(row(page, "fig-review")).contains(">0<");
    }

    @Autowired
    Rectifications rectifications;
    @Autowired
    org.fazhi.dashboard.internal.AnnualReportNotices annualReports;
    @Autowired
    org.fazhi.organization.UnitDirectory units;

    @Test
    void annualDisclosureReportsAreRemindedNearTheirStatutoryDays() {
        long departments = units.activeUnits().stream()
                .filter(u -> u.kind() == org.fazhi.organization.UnitKind.MUNICIPAL_DEPARTMENT).count();
        assertThat(annualReports.on(java.time.LocalDate.of(2026, 12, 1))).as("both deadlines more than 30 days away")
                .isEmpty();
        assertThat(annualReports.on(java.time.LocalDate.of(2027, 1, 5))).singleElement().satisfies(n -> {
            assertThat(n.dueOn()).isEqualTo(java.time.LocalDate.of(2027, 1, 31));
            assertThat(n.reportYear()).isEqualTo(2026);
            assertThat(n.passed()).isFalse();
            assertThat(n.units()).isEqualTo((int) departments);
        });
        assertThat(annualReports.on(java.time.LocalDate.of(2027, 3, 10))).extracting(n -> n.passed())
                .containsExactly(true, false);
    }

    @Test
    void anOpenSupervisionOrderAndItsRectificationShowAndListItsAssignment() throws Exception {
        DashboardFixtures.Scenario s = fixtures.scenario();
        assertThat(figures.of(s.plan()).openOrders()).isZero();
        assertThat(figures.openRectifications(figures.of(s.plan()))).hasValue(0);
        String before = page(s.plan());
        assertThat(row(before, "fig-orders")).contains(">0<");
        assertThat(row(before, "fig-rectifications")).contains(">0<");
        var order = orders.issue(fixtures.user("coordinator"), new Orders.Draft(fixtures.unit(DashboardFixtures.CHUANSHAN),
                List.of(s.countyTask2()), "未按期报送", "三日内书面说明", 3));
        PlanFigures f = figures.of(s.plan());
        assertThat(f.openOrders()).isEqualTo(1);
        assertThat(ids(f, Filter.ORDERED)).containsExactly(s.countyTask2());
        assertThat(row(page(s.plan()), "fig-orders")).as("the kept page content follows the new order").contains(">1<");
        rectifications.raise(fixtures.user("coordinator"), new Rectifications.Raise(Rectification.Source.ORDER,
                order.id(), fixtures.unit(DashboardFixtures.CHUANSHAN), "建立报送台账", 10, null));
        assertThat(figures.openRectifications(figures.of(s.plan()))).hasValue(1);
        assertThat(row(page(s.plan()), "fig-rectifications")).contains(">1<");
        String list = mvc.perform(get("/dashboard/assignments").param("plan", String.valueOf(s.plan()))
                        .param("filter", "ordered").with(fixtures.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/progress/assignments/" + s.countyTask2())
                .doesNotContain("/progress/assignments/" + s.parkTask2() + "\"");
    }

    @Test
    void theRectificationFigureLinksToAListOfExactlyThatManyItemsOfThePlan() throws Exception {
        DashboardFixtures.Scenario s = fixtures.scenario();
        DashboardFixtures.Scenario other = fixtures.scenario();
        long county = fixtures.unit(DashboardFixtures.CHUANSHAN);
        var order = orders.issue(fixtures.user("coordinator"), new Orders.Draft(county, List.of(s.countyTask2()),
                "未按期报送", "书面说明", 3));
        var otherOrder = orders.issue(fixtures.user("coordinator"), new Orders.Draft(county,
                List.of(other.countyTask2()), "未按期报送", "书面说明", 3));
        long first = raise(order.id(), county, "台账一");
        long second = raise(order.id(), county, "台账二");
        long voided = raise(order.id(), county, "作废的");
        rectifications.voidItem(fixtures.user("coordinator"), voided, "重复");
        long elsewhere = raise(otherOrder.id(), county, "另一计划");

        String figure = row(page(s.plan()), "fig-rectifications");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"([^\"]+)\"[^>]*>(\\d+)<")
                .matcher(figure);
        assertThat(link.find()).isTrue();
        assertThat(link.group(2)).isEqualTo("2");
        String href = link.group(1).replace("&amp;", "&");
        assertThat(href).isEqualTo("/supervision/rectifications?plan=" + s.plan() + "&open=true");
        String list = mvc.perform(get(href).with(fixtures.as("coordinator"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list.split("<tr id=\"rectification-", -1)).hasSize(1 + Integer.parseInt(link.group(2)));
        assertThat(list).contains("id=\"rectification-" + first + "\"", "id=\"rectification-" + second + "\"")
                .doesNotContain("id=\"rectification-" + voided + "\"")
                .doesNotContain("id=\"rectification-" + elsewhere + "\"");
        // the API's plan filter is the same selection
        String api = mvc.perform(get("/api/supervision/rectifications").param("plan", String.valueOf(s.plan()))
                .param("open", "true").with(fixtures.as("coordinator"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(api.split("\"requirement\"", -1)).hasSize(3);
    }

    private long raise(long orderId, long unit, String requirement) {
        return rectifications.raise(fixtures.user("coordinator"), new Rectifications.Raise(Rectification.Source.ORDER,
                orderId, unit, requirement, 10, null)).id();
    }

    @Test
    void drillDownByKindListsOnlyThatKindsAssignmentsAndExportHasEveryFigure() throws Exception {
        DashboardFixtures.Scenario s = fixtures.scenario();
        String list = mvc.perform(get("/dashboard/assignments").param("plan", String.valueOf(s.plan()))
                        .param("kind", "COUNTY_GOVERNMENT").param("filter", "late").with(fixtures.as("cityleader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/progress/assignments/" + s.countyTask2() + "\"")
                .doesNotContain("/progress/assignments/" + s.parkTask2() + "\"")
                .doesNotContain("/progress/assignments/" + s.countyTask1() + "\"");

        byte[] xlsx = mvc.perform(get("/dashboard/export.xlsx").param("plan", String.valueOf(s.plan()))
                        .param("lang", "en").with(fixtures.as("cityleader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            Sheet summary = wb.getSheetAt(0);
            assertThat(summary.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Definition");
            assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Completion rate");
            assertThat(summary.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(25.0);
            Sheet kinds = wb.getSheet("By kind of unit");
            assertThat(kinds.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Completion rate (%)");
            assertThat(kinds.getRow(2).getCell(0).getStringCellValue()).isEqualTo("County-level government");
            assertThat(kinds.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(50.0);
            assertThat(wb.getSheet("Late units").getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void theSelectorListsThePlansOfTheShownPlansYearAndLinksTheOtherYears() throws Exception {
        DashboardFixtures.Scenario s = fixtures.scenario();
        String page = page(s.plan());
        assertThat(page).contains("<option value=\"" + s.plan() + "\" selected>");
        assertThat(page).contains("href=\"/dashboard?year=2021\"");
        String y2021 = mvc.perform(get("/dashboard").param("year", "2021").with(fixtures.as("cityleader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(y2021).contains("2021").doesNotContain("<option value=\"" + s.plan() + "\"");
    }

    private String page(long plan) throws Exception {
        return mvc.perform(get("/dashboard").param("plan", String.valueOf(plan)).with(fixtures.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The headline table's row with this id. */
    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static List<Long> ids(PlanFigures f, Filter filter) {
        return f.facts().stream().filter(filter::matches).map(AssignmentFact::assignmentId).toList();
    }
}
