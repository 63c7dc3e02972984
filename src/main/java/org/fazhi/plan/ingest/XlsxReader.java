package org.fazhi.plan.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the sheets of an .xlsx ledger into {@link TableRow}s numbered by Excel row. A merged region's
 * text fills every cell of the region; cells below its first row are marked as merged from above.
 * Date cells become ISO dates so a 完成时限 column typed as a date is understood.
 */
final class XlsxReader {

    private static final int MAX_COLUMNS = 64;
    private static final int MAX_ROWS = 20_000;

    private XlsxReader() {
    }

    /** Rows per sheet name, in workbook order. */
    static Map<String, List<TableRow>> read(byte[] content, Diagnostics diagnostics) throws IOException {
        Map<String, List<TableRow>> sheets = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                if (sheet.getLastRowNum() >= MAX_ROWS) {
                    diagnostics.warn(MAX_ROWS, "sheetTooLong", sheet.getSheetName(), MAX_ROWS);
                }
                sheets.put(sheet.getSheetName(), readSheet(sheet, formatter));
            }
        }
        return sheets;
    }

    private static List<TableRow> readSheet(Sheet sheet, DataFormatter formatter) {
        int lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        int width = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                width = Math.max(width, Math.min(MAX_COLUMNS, row.getLastCellNum()));
            }
        }
        String[][] texts = new String[lastRow + 1][width];
        boolean[][] fromAbove = new boolean[lastRow + 1][width];
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            for (int c = 0; c < width; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                texts[r][c] = cell == null ? "" : text(cell, formatter);
            }
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            fillRegion(region, texts, fromAbove);
        }
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r <= lastRow; r++) {
            List<TableRow.Cell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(new TableRow.Cell(texts[r][c], fromAbove[r][c]));
            }
            rows.add(new TableRow(r + 1, cells));
        }
        return rows;
    }

    private static void fillRegion(CellRangeAddress region, String[][] texts, boolean[][] fromAbove) {
        int top = region.getFirstRow();
        int left = region.getFirstColumn();
        if (top >= texts.length || left >= (texts.length == 0 ? 0 : texts[0].length)) {
            return;
        }
        String value = texts[top][left];
        for (int r = top; r <= Math.min(region.getLastRow(), texts.length - 1); r++) {
            for (int c = left; c <= Math.min(region.getLastColumn(), texts[r].length - 1); c++) {
                texts[r][c] = value;
                fromAbove[r][c] = r > top;
            }
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue().strip();
        }
        if (cell.getCellType() == CellType.FORMULA && type == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
        return formatter.formatCellValue(cell).strip();
    }
}
