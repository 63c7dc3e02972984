package org.fazhi.plan.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Ledger} as the .xlsx 台账 offices pass around: a title row with the plan's title and 文号,
 * a frozen header (序号 … 备注), a row per section, and per task one row for each responsible unit with the
 * task's own columns merged over them. Streams through POI SXSSF (only a window of rows in memory); the merged
 * regions are not handed to POI (which keeps them all in memory) but replayed from the ledger into the sheet
 * XML by {@link MergingWorkbook}, so the heap stays flat however long the ledger is.
 * Prints on A4 landscape, one page wide, header rows repeated.
 */
public final class ExcelLedgerWriter {

    /** How many columns the ledger has (序号 … 备注; their headers come from {@link LedgerLabels#columns()}). */
    public static final int COLUMNS = LedgerLabels.COLUMN_KEYS.size();
    static final int NUMBER = 0;
    static final int TITLE = 1;
    static final int BODY = 2;
    static final int LEAD = 3;
    static final int UNIT = 4;
    static final int DUE = 5;
    static final int PROGRESS = 6;
    /** Rows above the first section: the title and the header. */
    public static final int HEADER_ROWS = 2;
    /** Column widths in Excel character units (a Chinese character takes two); 125 fit A4 landscape. */
    private static final int[] WIDTHS = {5, 14, 48, 12, 14, 10, 14, 8};
    private static final int[] MERGED = {NUMBER, TITLE, BODY, LEAD, DUE};
    private static final int WINDOW = 200;
    private static final float LINE_POINTS = 14.5f;

    private ExcelLedgerWriter() {
    }

    /** Writes the ledger with zh-CN labels to {@code out} (not closed). */
    public static void write(Ledger ledger, OutputStream out) throws IOException {
        write(ledger, LedgerLabels.chinese(), out);
    }

    /** Writes the ledger to {@code out} (not closed), its headers and title in the labels' language. */
    public static void write(Ledger ledger, LedgerLabels labels, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new MergingWorkbook(WINDOW, region -> merges(ledger, region));
        try {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(ledger.unitName() == null ? labels.text("ledger.export.sheet")
                    : sheetName(ledger.unitName()));
            layOut(sheet);
            int r = writeHead(sheet, ledger, labels, styles);
            for (Ledger.Part part : ledger.parts()) {
                Row row = sheet.createRow(r);
                fill(row, styles.section);
                row.getCell(0).setCellValue(ExcelLedgerWriter.sectionHeading(part));
                r++;
                for (Ledger.Item item : part.items()) {
                    r = writeItem(sheet, r, item, labels, styles);
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /**
     * The merged regions of the ledger's layout, replayed from the ledger rather than kept: the title row, each
     * section row across all columns, and a task's own columns over its unit rows.
     */
    static void merges(Ledger ledger, MergingWorkbook.Region region) throws IOException {
        int last = COLUMNS - 1;
        region.merge(0, 0, 0, last);
        int r = HEADER_ROWS;
        for (Ledger.Part part : ledger.parts()) {
            region.merge(r, r, 0, last);
            r++;
            for (Ledger.Item item : part.items()) {
                int rows = item.rows();
                if (rows > 1) {
                    for (int c : MERGED) {
                        region.merge(r, r + rows - 1, c, c);
                    }
                }
                r += rows;
            }
        }
    }

    static String sectionHeading(Ledger.Part part) {
        String heading = part.heading() == null ? "" : part.heading();
        return heading.matches("^[一二三四五六七八九十]+、.*") ? heading : ChineseNumber.of(part.number()) + "、" + heading;
    }

    private static String sheetName(String unit) {
        return unit.replaceAll("[\\\\/?*\\[\\]:]", "").substring(0, Math.min(unit.length(), 31));
    }

    private static void layOut(Sheet sheet) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROWS);
        sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROWS - 1, 0, COLUMNS - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
    }

    private static int writeHead(Sheet sheet, Ledger ledger, LedgerLabels labels, Styles styles) {
        Row title = sheet.createRow(0);
        title.setHeightInPoints(36);
        fill(title, styles.title);
        title.getCell(0).setCellValue(titleText(ledger, labels));
        Row header = sheet.createRow(1);
        header.setHeightInPoints(22);
        fill(header, styles.header);
        for (int c = 0; c < COLUMNS; c++) {
            header.getCell(c).setCellValue(labels.columns().get(c));
        }
        return HEADER_ROWS;
    }

    /** The title row: "{title}台账（{文号}）", with the unit for a unit's ledger. */
    public static String titleText(Ledger ledger, LedgerLabels labels) {
        StringBuilder text = new StringBuilder(labels.text("ledger.export.title",
                ledger.title() == null ? "" : ledger.title()));
        if (ledger.unitName() != null) {
            text.append(labels.text("ledger.export.title.part", ledger.unitName()));
        }
        if (ledger.docNumber() != null) {
            text.append(labels.text("ledger.export.title.part", ledger.docNumber()));
        }
        return text.toString();
    }

    private static int writeItem(Sheet sheet, int first, Ledger.Item item, LedgerLabels labels, Styles styles) {
        int rows = item.rows();
        float height = Math.max(LINE_POINTS + 4, estimateLines(item) * LINE_POINTS / rows + 4);
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(first + i);
            row.setHeightInPoints(height);
            fill(row, styles.cell);
            row.getCell(NUMBER).setCellStyle(styles.centred);
            if (i == 0) {
                row.getCell(NUMBER).setCellValue(item.number());
                row.getCell(TITLE).setCellValue(item.title());
                row.getCell(BODY).setCellValue(item.body());
                row.getCell(LEAD).setCellValue(String.join("、", item.leads()));
                row.getCell(DUE).setCellValue(item.due() == null ? "" : item.due());
            }
            if (i < item.units().size()) {
                row.getCell(UNIT).setCellValue(item.units().get(i));
            }
            List<Ledger.Progress> progress = item.progressOfRow(i);
            if (!progress.isEmpty()) {
                row.getCell(PROGRESS).setCellValue(labels.progress(progress, false, "\n"));
            }
        }
        return first + rows;
    }

    /** Lines the tallest merged cell needs, counting a Chinese character as two columns of width. */
    private static int estimateLines(Ledger.Item item) {
        int lines = 1;
        String[] texts = {item.title(), item.body(), String.join("、", item.leads()), item.due()};
        int[] columns = {TITLE, BODY, LEAD, DUE};
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                lines = Math.max(lines, (int) Math.ceil(texts[i].length() * 2.0 / (WIDTHS[columns[i]] - 1)));
            }
        }
        return lines;
    }

    private static void fill(Row row, CellStyle style) {
        for (int c = 0; c < COLUMNS; c++) {
            row.createCell(c).setCellStyle(style);
        }
    }

    /** The few cell styles of the ledger, created once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle section;
        final CellStyle cell;
        final CellStyle centred;

        Styles(SXSSFWorkbook workbook) {
            title = workbook.createCellStyle();
            title.setFont(font(workbook, "方正小标宋简体", 18, false));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setWrapText(true);
            header = bordered(workbook, font(workbook, "黑体", 12, true));
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            section = bordered(workbook, font(workbook, "黑体", 11, true));
            section.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
            section.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font body = font(workbook, "仿宋_GB2312", 11, false);
            cell = bordered(workbook, body);
            cell.setVerticalAlignment(VerticalAlignment.TOP);
            centred = bordered(workbook, body);
            centred.setAlignment(HorizontalAlignment.CENTER);
        }

        private static Font font(SXSSFWorkbook workbook, String name, int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName(name);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(SXSSFWorkbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
