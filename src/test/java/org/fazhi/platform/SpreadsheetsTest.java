package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The shared .xlsx reader: written and Excel dates, refused files. */
class SpreadsheetsTest {

    @Test
    void readsTheWaysOfficesWriteDates() {
        LocalDate day = LocalDate.of(2023, 9, 30);
        for (String written : new String[] {"2023-09-30", "2023/9/30", "2023.9.30", "2023年9月30日", " 2023 年 9 月 30 日 "}) {
            assertThat(Spreadsheets.parseDate(written)).as(written).isEqualTo(day);
        }
        for (String wrong : new String[] {"2023-02-30", "九月", "30/9/2023", "2023-9"}) {
            assertThatThrownBy(() -> Spreadsheets.parseDate(wrong)).as(wrong)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.import.badDate");
        }
    }

    @Test
    void readsExcelDateCellsTextAndBlankRows() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row row = wb.createSheet("s").createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2025, 1, 24));
            row.getCell(0).setCellStyle(dateStyle);
            row.createCell(1).setCellValue("  甲  ");
            row.createCell(2).setCellValue(2025.0);
            wb.getSheetAt(0).createRow(1).createCell(0).setCellValue(" ");
            wb.write(out);
            bytes = out.toByteArray();
        }
        try (Workbook wb = Spreadsheets.open(bytes, "x.xlsx", 1024 * 1024)) {
            Row row = wb.getSheetAt(0).getRow(0);
            assertThat(Spreadsheets.date(row, 0)).isEqualTo(LocalDate.of(2025, 1, 24));
            assertThat(Spreadsheets.text(row, 1)).isEqualTo("甲");
            assertThat(Spreadsheets.text(row, 2)).isEqualTo("2025");
            assertThat(Spreadsheets.date(row, 5)).isNull();
            assertThat(Spreadsheets.blank(row, 3)).isFalse();
            assertThat(Spreadsheets.blank(wb.getSheetAt(0).getRow(1), 3)).isTrue();
        }
        assertThatThrownBy(() -> Spreadsheets.open(bytes, "x.xlsx", 100))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.import.tooLarge");
        assertThatThrownBy(() -> Spreadsheets.open(bytes, "x.xls", 1024 * 1024))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.import.notXlsx");
        assertThatThrownBy(() -> Spreadsheets.open("PK but not a workbook".getBytes(), "x.xlsx", 1024 * 1024))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.import.notXlsx");
    }
}
