package org.fazhi.plan.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fazhi.plan.ProgressMark;
import org.fazhi.plan.TrafficLight;
import org.junit.jupiter.api.Test;

/**
 * The 进展情况 column of the exports and the traffic lights of the pages, fed with marks as a progress module would
 * report them (no Spring context: the lookup itself is called in one place, {@link LedgerBuilder#marks}).
 */
class ProgressInExportsTest {

    private static final ProgressMark LEAD = new ProgressMark(7, 1, TrafficLight.GREEN, "progress.status.IN_PROGRESS",
            "已召开专题会议");
    private static final ProgressMark SECOND = new ProgressMark(7, 3, TrafficLight.RED, null, "尚未启动");

    /** Task 7: lead 市司法局 (1), partners 甲 (2, no mark) and 乙 (3, red). */
    private static Ledger ledger() {
        List<List<Ledger.Progress>> progress = List.of(
                List.of(new Ledger.Progress("市司法局", true, LEAD)),
                List.of(new Ledger.Progress("乙", false, SECOND)));
        Ledger.Item item = new Ledger.Item(7, 1, null, "任务", "内容", List.of("市司法局"), List.of("甲", "乙"),
                List.of("甲", "乙"), "2030年6月底前", LocalDate.of(2030, 6, 30), progress);
        return new Ledger("某市2030年度工作安排", "某府办函〔2030〕1号", null, null, null,
                List.of(new Ledger.Part(1, "一、总体", List.of(item))));
    }

    @Test
    void excelShowsEachRowsProgressWithItsLightInWordsAndTheLeadsOnTheFirstRow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelLedgerWriter.write(ledger(), LedgerLabels.chinese(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            // the status key belongs to the progress module's bundle, which a bare bundle does not hold: shown as is
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue())
                    .isEqualTo("市司法局：【绿灯】progress.status.IN_PROGRESS：已召开专题会议");
            assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).isEqualTo("乙");
            assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).isEqualTo("【红灯】尚未启动");
        }
    }

    @Test
    void csvHasTheLightAndTheProgressOfEachRow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvLedgerWriter.write(ledger(), LedgerLabels.of(Locale.ENGLISH), out);
        String[] lines = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).endsWith(",Due date,Traffic light,Progress");
        assertThat(lines[1]).endsWith(",2030-06-30,Green,市司法局: [Green] progress.status.IN_PROGRESS: 已召开专题会议");
        assertThat(lines[2]).startsWith("某府办函〔2030〕1号,").endsWith(",2030-06-30,Red,[Red] 尚未启动");
    }

    @Test
    void wordListsEveryUnitsProgressByName() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WordLedgerWriter.write(ledger(), LedgerLabels.chinese(), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("进展情况：市司法局：【绿灯】progress.status.IN_PROGRESS：已召开专题会议；乙：【红灯】尚未启动。");
        }
    }

    @Test
    void withoutMarksTheProgressColumnStaysEmpty() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelLedgerWriter.write(ExcelLedgerWriterTest.ledger(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(6).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void pagesGetLightsPerUnitAndCollectivesGroupedByLightWorstFirst() {
        Marks marks = Marks.of(List.of(LEAD, SECOND, new ProgressMark(7, 4, TrafficLight.RED, null, null)));
        assertThat(marks.css(7, 1L)).isEqualTo("light-green");
        assertThat(marks.css(7, 2L)).isEmpty();
        assertThat(marks.of(8, 1L)).isNull();
        List<PlanSheet.Unit> units = List.of(new PlanSheet.Unit(1, "市司法局"), new PlanSheet.Unit(2, "甲"),
                new PlanSheet.Unit(3, "乙"), new PlanSheet.Unit(4, "丙"));
        assertThat(marks.lit(7, units)).containsExactly(new Marks.Lit(TrafficLight.RED, 2, "乙、丙"),
                new Marks.Lit(TrafficLight.GREEN, 1, "市司法局"), new Marks.Lit(null, 1, "甲"));
        assertThat(Marks.of(List.of())).isSameAs(Marks.NONE);
        assertThat(Marks.NONE.isEmpty()).isTrue();
    }
}
