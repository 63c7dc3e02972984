package org.fazhi.plan.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The streamed merged regions and the bundle's headers, checked by opening the file with POI. */
class ExcelLedgerWriterTest {

    static Ledger.Item item(int number, List<String> leads, List<String> units) {
        return new Ledger.Item(number, number, null, "任务" + number, "内容" + number, leads, units, units,
                "2030年6月底前", LocalDate.of(2030, 6, 30));
    }

    static Ledger ledger() {
        return new Ledger("某市2030年度法治政府建设重点工作安排", "某府办函〔2030〕1号", "某市人民政府办公室",
                LocalDate.of(2030, 3, 1), null, List.of(
                new Ledger.Part(1, "一、加强党的领导", List.of(item(1, List.of("市司法局"), List.of("甲", "乙", "丙")),
                        item(2, List.of("市司法局"), List.of("甲")))),
                new Ledger.Part(2, "深化改革", List.of(item(3, List.of("市发展改革委"), List.of())))));
    }

    private static XSSFWorkbook open(Ledger ledger, LedgerLabels labels) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelLedgerWriter.write(ledger, labels, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void mergedRegionsAreWrittenIntoTheSheetWithoutPoiKeepingThem() throws Exception {
        try (XSSFWorkbook workbook = open(ledger(), LedgerLabels.chinese())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getMergedRegions()).containsExactlyInAnyOrder(
                    CellRangeAddress.valueOf("A1:H1"), CellRangeAddress.valueOf("A3:H3"),
                    CellRangeAddress.valueOf("A4:A6"), CellRangeAddress.valueOf("B4:B6"),
                    CellRangeAddress.valueOf("C4:C6"), CellRangeAddress.valueOf("D4:D6"),
                    CellRangeAddress.valueOf("F4:F6"), CellRangeAddress.valueOf("A8:H8"));
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("一、加强党的领导");
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("二、深化改革");
            assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).isEqualTo("丙");
            assertThat(sheet.getRow(8).getCell(3).getStringCellValue()).isEqualTo("市发展改革委");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnWidth(2)).isEqualTo(48 * 256);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
        }
    }

    @Test
    void headersAndTitleComeFromTheBundleInTheUsersLanguage() throws Exception {
        try (XSSFWorkbook workbook = open(ledger(), LedgerLabels.of(Locale.ENGLISH))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Ledger");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(6).getStringCellValue()).isEqualTo("Progress");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("某市2030年度法治政府建设重点工作安排 - ledger (某府办函〔2030〕1号)");
        }
        try (XSSFWorkbook workbook = open(ledger(), LedgerLabels.chinese())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("台账");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("某市2030年度法治政府建设重点工作安排台账（某府办函〔2030〕1号）");
        }
    }

    @Test
    void cellReferencesPastColumnZ() {
        assertThat(MergingWorkbook.cell(new StringBuilder("x"), 0, 0)).hasToString("xA1");
        assertThat(MergingWorkbook.cell(new StringBuilder(), 9, 25)).hasToString("Z10");
        assertThat(MergingWorkbook.cell(new StringBuilder(), 99, 26)).hasToString("AA100");
        assertThat(MergingWorkbook.cell(new StringBuilder(), 0, 701)).hasToString("ZZ1");
    }
}
