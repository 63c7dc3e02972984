package org.fazhi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fazhi.plan.ledger.ExcelLedgerWriter;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The exported files, opened with POI: layout, content and the per-unit option. */
@IntegrationTest
class LedgerExportIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    LedgerFixtures fixtures;

    private byte[] download(String url, String account, String contentType) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(account)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(contentType)))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static Set<Integer> taskNumbers(Sheet sheet) {
        Set<Integer> numbers = new HashSet<>();
        for (Row row : sheet) {
            if (row.getRowNum() >= ExcelLedgerWriter.HEADER_ROWS && row.getCell(0) != null
                    && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                numbers.add((int) row.getCell(0).getNumericCellValue());
            }
        }
        return numbers;
    }

    @Test
    void excelLedgerHasTitleHeaderFrozenPaneSectionsAndAllTwentyFourTasksWithMergedUnitRows() throws Exception {
        byte[] file = download("/plans/" + fixtures.seedPlan() + "/ledger.xlsx", "coordinator",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .contains("遂宁市人民政府2021年度法治政府建设重点工作安排", "遂府办函〔2021〕35号");
            List<String> headers = new ArrayList<>();
            sheet.getRow(1).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("序号", "重点任务", "工作内容", "牵头单位", "责任单位",
                    "完成时限", "进展情况", "备注");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
            assertThat(taskNumbers(sheet)).hasSize(24);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("一、");
            Row firstTask = sheet.getRow(3);
            assertThat(firstTask.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(firstTask.getCell(1).getStringCellValue()).contains("认真落实领导干部学法用法制度");
            // task 1 names 市直各部门 and 各县(市、区)政府: one row per unit, the task's own columns merged over them
            CellRangeAddress merged = sheet.getMergedRegions().stream()
                    .filter(r -> r.getFirstRow() == 3 && r.getFirstColumn() == 1).findFirst().orElseThrow();
            assertThat(merged.getLastRow() - merged.getFirstRow() + 1).isGreaterThan(5);
            Set<String> units = new HashSet<>();
            for (int r = merged.getFirstRow(); r <= merged.getLastRow(); r++) {
                units.add(sheet.getRow(r).getCell(4).getStringCellValue());
            }
            assertThat(units).anyMatch(u -> u.contains("船山")).contains("市司法局");
            assertThat(sheet.getMergedRegions()).anyMatch(r -> r.getFirstRow() == 0 && r.getLastColumn() == 7);
        }
    }

    @Test
    void anEnglishUserGetsEnglishHeadersTitleAndSheetNameFromTheBundle() throws Exception {
        MockHttpServletRequestBuilder request = get("/plans/" + fixtures.seedPlan() + "/ledger.xlsx")
                .cookie(new Cookie("FAZHI_LANG", "en")).with(fixtures.as("coordinator"));
        byte[] file = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("Ledger");
            List<String> headers = new ArrayList<>();
            sheet.getRow(1).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("No.", "Key task", "Work to do", "Lead unit", "Responsible unit",
                    "Deadline", "Progress", "Remarks");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(" - ledger", "遂府办函〔2021〕35号");
        }
        byte[] csv = mvc.perform(get("/plans/" + fixtures.seedPlan() + "/ledger.csv")
                        .cookie(new Cookie("FAZHI_LANG", "en")).with(fixtures.as("coordinator")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Document number,Section,No.,Key task");
        byte[] docx = mvc.perform(get("/plans/" + fixtures.seedPlan() + "/ledger.docx")
                        .cookie(new Cookie("FAZHI_LANG", "en")).with(fixtures.as("coordinator")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("division of tasks", "Responsible units: ").doesNotContain("责任单位：");
        }
    }

    @Test
    void theLinksTokenComesBackAsACookieWhenTheDownloadStartsAndOnlyAPlainTokenDoes() throws Exception {
        String url = "/plans/" + fixtures.seedPlan() + "/ledger.csv";
        mvc.perform(get(url).param("dl", "abc123").with(fixtures.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.startsWith("fazhiDownload=abc123; Path=/")));
        mvc.perform(get(url).param("dl", "x;Domain=evil").with(fixtures.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void unitLedgerHoldsOnlyThatUnitsTasks() throws Exception {
        long sfj = fixtures.unit("市司法局");
        byte[] file = download("/plans/" + fixtures.seedPlan() + "/ledger.xlsx?unit=" + sfj, "coordinator",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("市司法局");
            Set<Integer> numbers = taskNumbers(sheet);
            // 市司法局 is in 市直各部门 (task 1), named in tasks 2 and 3, not in task 6 (市发展改革委、市商务局 …)
            assertThat(numbers).contains(1, 2, 3).doesNotContain(6).hasSizeLessThan(24);
        }
    }

    @Test
    void wordDocumentIsLaidOutAsAGovernmentDocument() throws Exception {
        byte[] file = download("/plans/" + fixtures.seedPlan() + "/ledger.docx", "cityleader",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            var paragraphs = doc.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
            assertThat(paragraphs.get(0).getText()).isEqualTo("遂府办函〔2021〕35号");
            XWPFParagraph title = paragraphs.get(1);
            assertThat(title.getText()).contains("重点工作安排", "任务分工方案");
            assertThat(title.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia())
                    .isEqualTo("方正小标宋简体");
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(paragraphs.get(2).getText()).startsWith("一、");
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText)
                    .reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("统筹规划法治政府建设工作", "责任单位：市直各部门", "七、");
            XWPFParagraph body = paragraphs.get(4);
            assertThat(body.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
        }
    }

    @Test
    void csvStartsWithAByteOrderMarkAndHasOneLinePerTaskUnit() throws Exception {
        byte[] file = download("/plans/" + fixtures.seedPlan() + "/ledger.csv", "coordinator", "text/csv");
        assertThat(file[0]).isEqualTo((byte) 0xEF);
        assertThat(file[1]).isEqualTo((byte) 0xBB);
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("文号,部分,序号,重点任务");
        assertThat(lines.length).isGreaterThan(24);
        assertThat(lines[1]).startsWith("遂府办函〔2021〕35号,");
    }
}
