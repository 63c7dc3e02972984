package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.fazhi.disclosure.internal.AnnualReport;
import org.fazhi.disclosure.internal.DisclosureIndicators;
import org.fazhi.disclosure.internal.DisclosureReports;
import org.fazhi.disclosure.internal.DisclosureRequest;
import org.fazhi.disclosure.internal.DisclosureService;
import org.fazhi.disclosure.internal.Outcome;
import org.fazhi.disclosure.internal.RequesterType;
import org.fazhi.disclosure.internal.ReviewResult;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The annual table and indicators on a known set of requests in a unit of their own. */
@IntegrationTest
class DisclosureReportIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    DisclosureService service;
    @Autowired
    DisclosureReports reports;
    @Autowired
    DisclosureFixtures fixtures;

    private void reply(DisclosureRequest r, String on, Outcome outcome) {
        service.reply(r.getId(), fixtures.reload(r.getId()).getVersion(), LocalDate.parse(on), outcome, null,
                DisclosureFixtures.COORDINATOR);
    }

    /**
     * 1 person, received 2024-12-20, disclosed 2025-01-10 (carried in); 2 business, partial; 3 person, refused late to
     * protect a third party, reconsideration corrected it; 4 law firm, deemed withdrawn; 5 person, received
     * 2025-12-22 and open (carried out); 6 research body, voided; 7 NGO, already public, sued directly and upheld.
     */
    private long knownYear() {
        long unit = fixtures.freshUnit();
        reply(fixtures.inPerson(unit, RequesterType.PERSON, LocalDate.of(2024, 12, 20)), "2025-01-10", Outcome.DISCLOSED);
        reply(fixtures.inPerson(unit, RequesterType.COMMERCIAL, LocalDate.of(2025, 3, 3)), "2025-03-20", Outcome.PARTIAL);
        DisclosureRequest third = fixtures.inPerson(unit, RequesterType.PERSON, LocalDate.of(2025, 5, 6));
        // due 20 wd after Tue 05-06: 07..09 (3), 12..16 (8), 19..23 (13), 26..30 (18), 05-31..06-02 端午 off,
        // 06-03 (19), 06-04 (20); replied 06-10 → late
        reply(third, "2025-06-10", Outcome.REFUSED_THIRD_PARTY);
        service.recordReview(third.getId(), fixtures.reload(third.getId()).getVersion(), ReviewResult.CORRECTED, null,
                DisclosureFixtures.COORDINATOR);
        DisclosureRequest law = fixtures.inPerson(unit, RequesterType.LEGAL_SERVICE, LocalDate.of(2025, 6, 3));
        service.noticeCorrection(law.getId(), law.getVersion(), LocalDate.of(2025, 6, 4), LocalDate.of(2025, 6, 14),
                DisclosureFixtures.COORDINATOR);
        service.deemWithdrawn(law.getId(), fixtures.reload(law.getId()).getVersion(), LocalDate.of(2025, 6, 20),
                DisclosureFixtures.COORDINATOR);
        fixtures.inPerson(unit, RequesterType.PERSON, LocalDate.of(2025, 12, 22));
        DisclosureRequest voided = fixtures.inPerson(unit, RequesterType.RESEARCH, LocalDate.of(2025, 7, 1));
        service.voidRequest(voided.getId(), voided.getVersion(), "重复登记", DisclosureFixtures.COORDINATOR);
        DisclosureRequest ngo = fixtures.inPerson(unit, RequesterType.NGO, LocalDate.of(2025, 8, 1));
        reply(ngo, "2025-08-05", Outcome.ALREADY_PUBLIC);
        service.recordReview(ngo.getId(), fixtures.reload(ngo.getId()).getVersion(), null, ReviewResult.UPHELD,
                DisclosureFixtures.COORDINATOR);
        return unit;
    }

    @Test
    void annualTableComesStraightFromTheRequestsOnThePageAndInExcel() throws Exception {
        long unit = knownYear();
        AnnualReport report = (AnnualReport) mvc.perform(get("/disclosure/report").param("year", "2025")
                        .param("unit", String.valueOf(unit)).with(fixtures.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("report");
        Map<String, int[]> rows = report.rows().stream().filter(r -> r.counts() != null)
                .collect(Collectors.toMap(AnnualReport.Row::key, AnnualReport.Row::counts));
        // columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
        assertThat(rows.get("new")).containsExactly(2, 1, 0, 1, 1, 0, 5);
        assertThat(rows.get("carriedIn")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(rows.get("group.DISCLOSED")).containsExactly(1, 0, 0, 1, 0, 0, 2);
        assertThat(rows.get("group.PARTIAL")).containsExactly(0, 1, 0, 0, 0, 0, 1);
        assertThat(rows.get("group.REFUSED")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(rows.get("outcome.REFUSED_THIRD_PARTY")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(rows.get("outcome.REFUSED_STATE_SECRET")).containsExactly(0, 0, 0, 0, 0, 0, 0);
        assertThat(rows.get("group.OTHER")).containsExactly(0, 0, 0, 0, 1, 0, 1);
        assertThat(rows.get("outcome.OTHER_NO_CORRECTION")).containsExactly(0, 0, 0, 0, 1, 0, 1);
        assertThat(rows.get("resultsTotal")).containsExactly(2, 1, 0, 1, 1, 0, 5);
        assertThat(rows.get("carriedOut")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        // 复议: 纠正 1 (total 1); 未经复议直接起诉: 维持 1 (total 1); 复议后起诉: none
        assertThat(report.review()).containsExactly(0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0);

        byte[] xlsx = mvc.perform(get("/disclosure/report.xlsx").param("year", "2025").param("unit", String.valueOf(unit))
                .with(fixtures.as("coordinator"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2025");
            assertThat(sheet.getNumMergedRegions()).isGreaterThanOrEqualTo(9);
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("法人或其他组织");
            Row first = sheet.getRow(5);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("一、本年新收政府信息公开申请数量");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(5);
            Row carriedOut = sheet.getRow(5 + report.rows().size() - 1);
            assertThat(carriedOut.getCell(0).getStringCellValue()).isEqualTo("四、结转下年度继续办理");
            assertThat(carriedOut.getCell(7).getNumericCellValue()).isEqualTo(1);
        }
        byte[] docx = mvc.perform(get("/disclosure/report.docx").param("year", "2025").param("unit", String.valueOf(unit))
                .with(fixtures.as("coordinator"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables().get(0).getRow(3).getCell(0).getText()).isEqualTo("一、本年新收政府信息公开申请数量");
            assertThat(doc.getTables().get(0).getRow(3).getCell(7).getText()).isEqualTo("5");
        }
    }

    @Test
    void wordTableMergesItsHeaderCellsLikeTheExcelAndCarriesTheFigures() throws Exception {
        long unit = knownYear();
        byte[] docx = mvc.perform(get("/disclosure/report.docx").param("year", "2025").param("unit", String.valueOf(unit))
                .with(fixtures.as("coordinator"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable part3 = doc.getTables().get(0);
            assertThat(part3.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(8);
            // row 1: the label column down three rows; 申请人情况 across the seven figure columns
            assertThat(part3.getRow(0).getTableCells()).hasSize(2);
            assertThat(vMerge(part3.getRow(0).getCell(0))).isEqualTo(STMerge.RESTART);
            assertThat(span(part3.getRow(0).getCell(1))).isEqualTo(7);
            assertThat(part3.getRow(0).getCell(1).getText()).isEqualTo("申请人情况");
            // row 2: 自然人 and 总计 down two rows, 法人或其他组织 across its five kinds
            XWPFTableRow second = part3.getRow(1);
            assertThat(second.getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("", "自然人", "法人或其他组织", "总计");
            assertThat(vMerge(second.getCell(0))).isEqualTo(STMerge.CONTINUE);
            assertThat(vMerge(second.getCell(1))).isEqualTo(STMerge.RESTART);
            assertThat(span(second.getCell(2))).isEqualTo(5);
            assertThat(vMerge(second.getCell(3))).isEqualTo(STMerge.RESTART);
            // row 3: the five kinds of organisation; the merged cells continue
            XWPFTableRow third = part3.getRow(2);
            assertThat(third.getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
            assertThat(vMerge(third.getCell(0))).isEqualTo(STMerge.CONTINUE);
            assertThat(vMerge(third.getCell(1))).isEqualTo(STMerge.CONTINUE);
            assertThat(vMerge(third.getCell(7))).isEqualTo(STMerge.CONTINUE);
            // figures: 一 (2 persons, 1 business, 1 NGO, 1 law firm = 5) and 二 (1 carried in)
            assertThat(part3.getRow(3).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("一、本年新收政府信息公开申请数量", "2", "1", "0", "1", "1", "0", "5");
            assertThat(part3.getRow(4).getCell(7).getText()).isEqualTo("1");
            assertThat(part3.getRow(part3.getNumberOfRows() - 1).getCell(0).getText()).isEqualTo("四、结转下年度继续办理");

            XWPFTable part4 = doc.getTables().get(1);
            assertThat(part4.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(15);
            assertThat(part4.getRow(0).getTableCells()).extracting(XWPFTableCell::getText).containsExactly("行政复议", "行政诉讼");
            assertThat(span(part4.getRow(0).getCell(0))).isEqualTo(5);
            assertThat(vMerge(part4.getRow(0).getCell(0))).isEqualTo(STMerge.RESTART);
            assertThat(span(part4.getRow(0).getCell(1))).isEqualTo(10);
            assertThat(part4.getRow(1).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("", "未经复议直接起诉", "复议后起诉");
            assertThat(vMerge(part4.getRow(1).getCell(0))).isEqualTo(STMerge.CONTINUE);
            assertThat(span(part4.getRow(1).getCell(1))).isEqualTo(5);
            assertThat(span(part4.getRow(1).getCell(2))).isEqualTo(5);
            assertThat(part4.getRow(2).getTableCells()).hasSize(15);
            // 复议 纠正 1 (总计 1); 直接起诉 维持 1 (总计 1)
            assertThat(part4.getRow(3).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("0", "1", "0", "0", "1", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0");
        }
    }

    private static int span(XWPFTableCell cell) {
        var pr = cell.getCTTc().getTcPr();
        return pr == null || pr.getGridSpan() == null ? 1 : pr.getGridSpan().getVal().intValue();
    }

    private static STMerge.Enum vMerge(XWPFTableCell cell) {
        var pr = cell.getCTTc().getTcPr();
        return pr == null || pr.getVMerge() == null ? null : pr.getVMerge().getVal();
    }

    @Test
    void indicatorsCountRepliesOnTimeAndOutcomesForThePeriod() throws Exception {
        long unit = knownYear();
        DisclosureIndicators ind = reports.indicators(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), unit,
                DisclosureFixtures.COORDINATOR);
        // replied in 2025: 1, 2, 7 on time, 3 late; deemed withdrawal 4 is not a reply
        assertThat(ind.replied()).isEqualTo(4);
        assertThat(ind.repliedOnTime()).isEqualTo(3);
        assertThat(ind.onTimeRate()).isEqualTo(75.0);
        assertThat(ind.received()).isEqualTo(5);
        assertThat(ind.open()).isEqualTo(1);
        assertThat(ind.outcomes().get(Outcome.Group.DISCLOSED)).isEqualTo(2);
        assertThat(ind.outcomes().get(Outcome.Group.OTHER)).isEqualTo(1);
        String page = mvc.perform(get("/disclosure/indicators").param("from", "2025-01-01").param("to", "2025-12-31")
                .param("unit", String.valueOf(unit)).with(fixtures.as("cityleader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("75.0% (3/4)", "依申请公开按期答复率", "第三十三条");
    }

    @Test
    void endpointsAreInTheOpenApiDocument() throws Exception {
        assertThat(mvc.perform(get("/v3/api-docs").with(fixtures.as("coordinator"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("/api/disclosure/{id}/actions", "/api/disclosure/report", "/api/disclosure/indicators");
    }
}
