package org.fazhi.disclosure.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The annual table as Excel (merged header cells like the national format) and Word. Labels come from the
 * caller's message bundle through {@code label} (key → text), so the documents follow the user's language.
 */
public final class ReportDocuments {

    private static final String[] TYPE_KEYS = {"PERSON", "COMMERCIAL", "RESEARCH", "NGO", "LEGAL_SERVICE", "OTHER_ORG"};
    private static final String[] RESULT_KEYS = {"UPHELD", "CORRECTED", "OTHER", "PENDING", "total"};

    private ReportDocuments() {
    }

    /** Row label with the national numbering, e.g. "（三）不予公开" or "1.属于国家秘密". */
    public static String rowLabel(AnnualReport.Row row, Function<String, String> label) {
        String text = label.apply("disclosure.report.row." + row.key());
        return row.level() == 2 ? row.number() + "." + text : text;
    }

    public static byte[] xlsx(AnnualReport report, String title, Function<String, String> label) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(label.apply("disclosure.report.sheet"));
            CellStyle centre = book.createCellStyle();
            centre.setAlignment(HorizontalAlignment.CENTER);
            centre.setVerticalAlignment(VerticalAlignment.CENTER);
            centre.setWrapText(true);
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            sheet.createRow(1).createCell(0).setCellValue(label.apply("disclosure.report.part3"));
            Row h1 = sheet.createRow(2);
            Row h2 = sheet.createRow(3);
            Row h3 = sheet.createRow(4);
            set(h1, 1, label.apply("disclosure.report.applicants"), centre);
            set(h2, 1, label.apply("disclosure.requesterType.PERSON"), centre);
            set(h2, 2, label.apply("disclosure.report.organisations"), centre);
            set(h2, 7, label.apply("disclosure.report.total"), centre);
            for (int i = 1; i < TYPE_KEYS.length; i++) {
                set(h3, 1 + i, label.apply("disclosure.requesterType." + TYPE_KEYS[i]), centre);
            }
            sheet.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 7));
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 6));
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 7, 7));
            int r = 5;
            for (AnnualReport.Row row : report.rows()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(rowLabel(row, label));
                if (row.counts() != null) {
                    for (int c = 0; c < row.counts().length; c++) {
                        line.createCell(1 + c).setCellValue(row.counts()[c]);
                    }
                }
            }
            r++;
            sheet.createRow(r++).createCell(0).setCellValue(label.apply("disclosure.report.part4"));
            Row g1 = sheet.createRow(r);
            Row g2 = sheet.createRow(r + 1);
            Row g3 = sheet.createRow(r + 2);
            Row figures = sheet.createRow(r + 3);
            set(g1, 0, label.apply("disclosure.report.reconsideration"), centre);
            set(g1, 5, label.apply("disclosure.report.litigation"), centre);
            set(g2, 5, label.apply("disclosure.report.litigationDirect"), centre);
            set(g2, 10, label.apply("disclosure.report.litigationAfter"), centre);
            sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 0, 4));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 5, 14));
            sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 5, 9));
            sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 10, 14));
            for (int i = 0; i < 15; i++) {
                set(g3, i, label.apply("disclosure.report.result." + RESULT_KEYS[i % 5]), centre);
                figures.createCell(i).setCellValue(report.review()[i]);
            }
            sheet.setColumnWidth(0, 60 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same table as Word, its header cells merged as in {@link #xlsx}: 申请人情况 over all seven figure columns,
     * 自然人 and 总计 down two rows, 法人或其他组织 over its five kinds; in 第四部分 行政复议 over five columns and
     * down two rows, 行政诉讼 over ten, then 未经复议直接起诉 and 复议后起诉 over five each.
     */
    public static byte[] docx(AnnualReport report, String title, Function<String, String> label) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(title);
            doc.createParagraph().createRun().setText(label.apply("disclosure.report.part3"));
            List<List<WordTable.Cell>> lines = new ArrayList<>();
            lines.add(List.of(WordTable.Cell.top("", 1),
                    WordTable.Cell.spanning(label.apply("disclosure.report.applicants"), 7)));
            lines.add(List.of(WordTable.Cell.below(1),
                    WordTable.Cell.top(label.apply("disclosure.requesterType.PERSON"), 1),
                    WordTable.Cell.spanning(label.apply("disclosure.report.organisations"), 5),
                    WordTable.Cell.top(label.apply("disclosure.report.total"), 1)));
            List<WordTable.Cell> kinds = new ArrayList<>(List.of(WordTable.Cell.below(1), WordTable.Cell.below(1)));
            for (int i = 1; i < TYPE_KEYS.length; i++) {
                kinds.add(WordTable.Cell.of(label.apply("disclosure.requesterType." + TYPE_KEYS[i])));
            }
            kinds.add(WordTable.Cell.below(1));
            lines.add(kinds);
            for (AnnualReport.Row row : report.rows()) {
                List<WordTable.Cell> line = new ArrayList<>();
                line.add(WordTable.Cell.of(rowLabel(row, label)));
                for (int c = 0; c <= TYPE_KEYS.length; c++) {
                    line.add(WordTable.Cell.of(row.counts() == null ? "" : String.valueOf(row.counts()[c])));
                }
                lines.add(line);
            }
            WordTable.add(doc, 8, lines);
            doc.createParagraph().createRun().setText(label.apply("disclosure.report.part4"));
            List<WordTable.Cell> results = new ArrayList<>();
            List<WordTable.Cell> figures = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                results.add(WordTable.Cell.of(label.apply("disclosure.report.result." + RESULT_KEYS[i % 5])));
                figures.add(WordTable.Cell.of(String.valueOf(report.review()[i])));
            }
            WordTable.add(doc, 15, List.of(
                    List.of(WordTable.Cell.top(label.apply("disclosure.report.reconsideration"), 5),
                            WordTable.Cell.spanning(label.apply("disclosure.report.litigation"), 10)),
                    List.of(WordTable.Cell.below(5),
                            WordTable.Cell.spanning(label.apply("disclosure.report.litigationDirect"), 5),
                            WordTable.Cell.spanning(label.apply("disclosure.report.litigationAfter"), 5)),
                    results, figures));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}
