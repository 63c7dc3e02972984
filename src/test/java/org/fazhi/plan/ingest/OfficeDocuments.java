package org.fazhi.plan.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds .docx and .xlsx test notices with POI. In a grid, "^" marks a cell merged down from the cell
 * above (vMerge / a vertical merged region), ">" a cell merged into the one on its left (gridSpan / a
 * horizontal merged region), and "date:2023-06-30" an Excel date cell.
 */
final class OfficeDocuments {

    private OfficeDocuments() {
    }

    /** A Word document: {@code paragraphs} first, then a table per grid, then {@code after}. */
    static byte[] docx(List<String> paragraphs, List<String[][]> tables, List<String> after) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraphs.forEach(p -> document.createParagraph().createRun().setText(p));
            for (String[][] grid : tables) {
                table(document, grid);
            }
            after.forEach(p -> document.createParagraph().createRun().setText(p));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Word document whose paragraphs starting with "#" become items of a Word list numbered
     * "（一）（二）…" (chineseCounting), the way Word numbers them automatically.
     */
    static byte[] docxWithListNumbering(List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            CTLvl level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewStart().setVal(BigInteger.ONE);
            level.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
            level.addNewLvlText().setVal("（%1）");
            XWPFNumbering numbering = document.createNumbering();
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
            for (String text : paragraphs) {
                XWPFParagraph paragraph = document.createParagraph();
                if (text.startsWith("#")) {
                    paragraph.setNumID(numId);
                    paragraph.setNumILvl(BigInteger.ZERO);
                }
                paragraph.createRun().setText(text.startsWith("#") ? text.substring(1) : text);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument document, String[][] grid) {
        int columns = grid[0].length;
        XWPFTable table = document.createTable(grid.length, columns);
        for (int r = 0; r < grid.length; r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = columns - 1; c >= 0; c--) {
                if (">".equals(grid[r][c])) {
                    row.removeCell(c);
                }
            }
            int index = 0;
            for (int c = 0; c < columns; c++) {
                if (">".equals(grid[r][c])) {
                    continue;
                }
                XWPFTableCell cell = row.getCell(index++);
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int span = 1;
                while (c + span < columns && ">".equals(grid[r][c + span])) {
                    span++;
                }
                if (span > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if ("^".equals(grid[r][c])) {
                    properties.addNewVMerge().setVal(STMerge.CONTINUE);
                } else {
                    if (r + 1 < grid.length && "^".equals(grid[r + 1][c])) {
                        properties.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    cell.setText(grid[r][c]);
                }
            }
        }
    }

    /** An Excel workbook with one sheet per grid. */
    static byte[] xlsx(List<String> sheetNames, List<String[][]> grids) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int s = 0; s < grids.size(); s++) {
                sheet(workbook.createSheet(sheetNames.get(s)), grids.get(s), dateStyle);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, String[][] grid, CellStyle dateStyle) {
        for (int r = 0; r < grid.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < grid[r].length; c++) {
                String value = grid[r][c];
                if ("^".equals(value) || ">".equals(value)) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value.startsWith("date:")) {
                    cell.setCellValue(LocalDate.parse(value.substring(5)));
                    cell.setCellStyle(dateStyle);
                } else {
                    cell.setCellValue(value);
                }
                int down = 0;
                while (r + down + 1 < grid.length && "^".equals(grid[r + down + 1][c])) {
                    down++;
                }
                int across = 0;
                while (c + across + 1 < grid[r].length && ">".equals(grid[r][c + across + 1])) {
                    across++;
                }
                if (down > 0 || across > 0) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r + down, c, c + across));
                }
            }
        }
    }
}
