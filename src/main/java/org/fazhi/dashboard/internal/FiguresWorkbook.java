package org.fazhi.dashboard.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The dashboard's figures as an Excel workbook: the headline figures with their definitions, then one sheet per
 * grouping (section, unit kind, unit, late units). Headers and labels come from the caller's bundle.
 */
public final class FiguresWorkbook {

    private static final String[] COLUMNS = {"dashboard.col.assignments", "dashboard.col.done",
        "dashboard.col.completionRate", "dashboard.col.duePeriods", "dashboard.col.onTime", "dashboard.col.onTimeRate",
        "dashboard.col.red", "dashboard.col.awaitingReview"};

    private FiguresWorkbook() {
    }

    /**
     * @param label     message key → text in the user's language
     */
    public static byte[] write(String title, PlanFigures f, OptionalInt rectifications, Function<String, String> label) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet summary = wb.createSheet(label.apply("dashboard.sheet.summary"));
            text(summary.createRow(0), 0, title, bold);
            Row head = summary.createRow(1);
            text(head, 0, label.apply("dashboard.col.figure"), bold);
            text(head, 1, label.apply("dashboard.col.value"), bold);
            text(head, 2, label.apply("dashboard.col.definition"), bold);
            Tally t = f.total();
            int r = 2;
            r = line(summary, r, label, "dashboard.fig.assignments", t.assignments());
            r = line(summary, r, label, "dashboard.fig.done", t.done());
            r = line(summary, r, label, "dashboard.fig.completionRate", t.completionRate());
            r = line(summary, r, label, "dashboard.fig.onTimeRate", t.onTimeRate());
            r = line(summary, r, label, "dashboard.fig.red", t.red());
            r = line(summary, r, label, "dashboard.fig.awaitingReview", t.awaitingReview());
            r = line(summary, r, label, "dashboard.fig.openOrders", f.openOrders());
            line(summary, r, label, "dashboard.fig.rectifications",
                    rectifications.isPresent() ? (Object) rectifications.getAsInt() : null);
            summary.setColumnWidth(0, 24 * 256);
            summary.setColumnWidth(2, 80 * 256);
            group(wb, bold, label, "dashboard.sheet.sections", "dashboard.col.section", f.sections(), false);
            group(wb, bold, label, "dashboard.sheet.kinds", "dashboard.col.kind", f.kinds(), true);
            group(wb, bold, label, "dashboard.sheet.units", "dashboard.col.unit", f.units(), false);
            group(wb, bold, label, "dashboard.sheet.lateUnits", "dashboard.col.unit", f.lateUnits(), false);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int line(Sheet sheet, int r, Function<String, String> label, String key, Object value) {
        Row row = sheet.createRow(r);
        text(row, 0, label.apply(key), null);
        value(row, 1, value);
        text(row, 2, label.apply(key + ".definition"), null);
        return r + 1;
    }

    private static void group(XSSFWorkbook wb, CellStyle bold, Function<String, String> label, String sheetKey,
                              String nameKey, List<FigureRow> rows, boolean labelIsKey) {
        Sheet sheet = wb.createSheet(label.apply(sheetKey));
        Row head = sheet.createRow(0);
        text(head, 0, label.apply(nameKey), bold);
        for (int c = 0; c < COLUMNS.length; c++) {
            text(head, c + 1, label.apply(COLUMNS[c]), bold);
        }
        int r = 1;
        for (FigureRow row : rows) {
            Row line = sheet.createRow(r++);
            text(line, 0, labelIsKey ? label.apply(row.label()) : row.label(), null);
            Tally t = row.tally();
            Object[] values = {t.assignments(), t.done(), t.completionRate(), t.duePeriods(), t.onTime(),
                t.onTimeRate(), t.red(), t.awaitingReview()};
            for (int c = 0; c < values.length; c++) {
                value(line, c + 1, values[c]);
            }
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.createFreezePane(1, 1);
    }

    private static void text(Row row, int c, String text, CellStyle style) {
        var cell = row.createCell(c);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Numbers as numbers; a rate with nothing to divide by as an empty cell. */
    private static void value(Row row, int c, Object value) {
        if (value instanceof BigDecimal) {
            row.createCell(c).setCellValue(((BigDecimal) value).doubleValue());
        } else if (value instanceof Integer) {
            row.createCell(c).setCellValue((Integer) value);
        } else {
            row.createCell(c).setCellValue("—");
        }
    }
}
