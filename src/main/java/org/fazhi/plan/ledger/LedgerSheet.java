package org.fazhi.plan.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.platform.DomainException;

/**
 * Reads an uploaded Excel 台账 back: checks it is an .xlsx with the ledger's title row and columns, and
 * groups its rows into tasks (a task's first row carries 序号; the rows below it, inside its merged cells, add
 * one 责任单位 each). Formulas and merged cells outside the ledger's layout are reported, never evaluated
 * or guessed around.
 */
public final class LedgerSheet {

    /** One task as the sheet states it; {@code row} is the 1-based spreadsheet row of its first line. */
    record SheetTask(int row, String number, String title, String leads, List<String> units, String due,
                     java.time.LocalDate dueDate) {
    }

    /** A problem with one place of the sheet: a message key and its arguments (the row first). */
    public record Problem(String key, List<Object> args) {
    }

    /** What the sheet says: its title, its tasks and what is wrong with it. */
    record Contents(String title, List<SheetTask> tasks, List<Problem> problems) {
    }

    private static final DataFormatter FORMAT = new DataFormatter();

    private LedgerSheet() {
    }

    /**
     * Reads the sheet; its header row must be one of {@code knownColumns} (the ledger's headers in each export
     * language).
     */
    static Contents read(byte[] bytes, List<List<String>> knownColumns) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new DomainException("error.ledger.upload.notXlsx");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return read(workbook.getSheetAt(0), knownColumns);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw new DomainException("error.ledger.upload.notXlsx");
        }
    }

    private static Contents read(Sheet sheet, List<List<String>> knownColumns) {
        String title = text(sheet.getRow(0), 0);
        Row header = sheet.getRow(1);
        List<String> found = new ArrayList<>();
        if (header != null) {
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String name = text(header, c);
                if (!name.isEmpty() || c < ExcelLedgerWriter.COLUMNS) {
                    found.add(name);
                }
            }
        }
        if (!knownColumns.contains(found)) {
            throw new DomainException("error.ledger.upload.columns", String.join("、", knownColumns.get(0)),
                    String.join("、", found));
        }
        List<Problem> problems = new ArrayList<>();
        checkMerges(sheet, problems);
        List<SheetTask> tasks = new ArrayList<>();
        SheetTask current = null;
        for (int r = ExcelLedgerWriter.HEADER_ROWS; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            checkFormulas(row, problems);
            if (isSectionRow(sheet, row)) {
                current = null;
                continue;
            }
            String number = text(row, ExcelLedgerWriter.NUMBER);
            String unit = text(row, ExcelLedgerWriter.UNIT);
            if (!number.isEmpty()) {
                Cell due = row.getCell(ExcelLedgerWriter.DUE);
                java.time.LocalDate date = due != null && due.getCellType() == CellType.NUMERIC
                        && DateUtil.isCellDateFormatted(due) ? due.getLocalDateTimeCellValue().toLocalDate() : null;
                current = new SheetTask(r + 1, number, text(row, ExcelLedgerWriter.TITLE),
                        text(row, ExcelLedgerWriter.LEAD), new ArrayList<>(), date == null ? text(row, ExcelLedgerWriter.DUE) : "",
                        date);
                tasks.add(current);
            } else if (current == null && !unit.isEmpty()) {
                problems.add(new Problem("error.ledger.upload.orphanRow", List.of(r + 1, unit)));
                continue;
            }
            if (current != null && !unit.isEmpty()) {
                current.units().add(unit);
            }
        }
        return new Contents(title, tasks, problems);
    }

    private static boolean isSectionRow(Sheet sheet, Row row) {
        return sheet.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == row.getRowNum()
                && m.getLastRow() == row.getRowNum() && m.getFirstColumn() == 0
                && m.getLastColumn() == ExcelLedgerWriter.COLUMNS - 1);
    }

    /** Only the ledger's own merges: whole-width title and section rows, and one task's column downwards. */
    private static void checkMerges(Sheet sheet, List<Problem> problems) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            boolean wholeRow = m.getFirstRow() == m.getLastRow() && m.getFirstColumn() == 0
                    && m.getLastColumn() == ExcelLedgerWriter.COLUMNS - 1;
            boolean taskColumn = m.getFirstColumn() == m.getLastColumn() && m.getFirstRow() >= ExcelLedgerWriter.HEADER_ROWS
                    && List.of(ExcelLedgerWriter.NUMBER, ExcelLedgerWriter.TITLE, ExcelLedgerWriter.BODY,
                    ExcelLedgerWriter.LEAD, ExcelLedgerWriter.DUE).contains(m.getFirstColumn());
            if (!wholeRow && !taskColumn) {
                problems.add(new Problem("error.ledger.upload.merge", List.of(m.getFirstRow() + 1, m.formatAsString())));
            }
        }
    }

    private static void checkFormulas(Row row, List<Problem> problems) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
                problems.add(new Problem("error.ledger.upload.formula",
                        List.of(row.getRowNum() + 1, cell.getAddress().formatAsString())));
            }
        }
    }

    private static String text(Row row, int column) {
        if (row == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.FORMULA) {
            return "";
        }
        return FORMAT.formatCellValue(cell).strip();
    }
}
