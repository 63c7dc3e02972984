package org.fazhi.organization.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.organization.UnitKind;
import org.fazhi.platform.DomainException;

/**
 * The .xlsx layout of the unit registry, shared by export and import: one sheet, a header row
 * 单位全称/简称/别名/类型/上级单位/状态, one unit a row, aliases separated by {@code ；}. Kinds and statuses
 * are written as their Chinese labels and read as labels or as the enum names.
 */
public final class UnitWorkbook {

    /** One row of the sheet; {@code row} is the 1-based row number as Excel shows it. */
    public record SheetRow(int row, String fullName, String shortName, List<String> aliases, String kind,
                           String parent, String status) implements Serializable {
    }

    public static final List<String> HEADERS = List.of("单位全称", "简称", "别名", "类型", "上级单位", "状态");
    public static final String ALIAS_SEPARATOR = "；";
    public static final String MERGED = "已合并";

    private static final Map<UnitKind, String> KIND_LABELS = Map.of(UnitKind.GOVERNMENT_OFFICE, "政府办公室",
            UnitKind.MUNICIPAL_DEPARTMENT, "市直部门", UnitKind.COUNTY_GOVERNMENT, "县级政府",
            UnitKind.PARK_COMMITTEE, "园区管委会", UnitKind.TOWNSHIP, "乡镇/街道", UnitKind.OTHER, "其他");

    private UnitWorkbook() {
    }

    /** The Chinese label of a kind, as written to the sheet. */
    public static String label(UnitKind kind) {
        return KIND_LABELS.get(kind);
    }

    /** The kind a cell names, by Chinese label or enum name. */
    public static Optional<UnitKind> kind(String cell) {
        String text = cell == null ? "" : cell.strip();
        return Arrays.stream(UnitKind.values())
                .filter(k -> k.name().equalsIgnoreCase(text) || KIND_LABELS.get(k).equals(text)).findFirst();
    }

    /** Writes the rows (row numbers ignored) under the header row. */
    public static byte[] write(List<SheetRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("单位名录");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            int r = 1;
            for (SheetRow row : rows) {
                Row line = sheet.createRow(r++);
                List<String> cells = List.of(row.fullName(), nullToEmpty(row.shortName()),
                        String.join(ALIAS_SEPARATOR, row.aliases()), nullToEmpty(row.kind()), nullToEmpty(row.parent()),
                        nullToEmpty(row.status()));
                for (int i = 0; i < cells.size(); i++) {
                    line.createCell(i).setCellValue(cells.get(i));
                }
            }
            for (int i = 0; i < HEADERS.size(); i++) {
                sheet.setColumnWidth(i, (i == 0 || i == 2 ? 40 : 16) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the first sheet. Refuses a file that is not .xlsx, a wrong header row, or more than
     * {@code maxRows} rows; blank rows are skipped.
     */
    public static List<SheetRow> read(InputStream in, int maxRows) {
        try (XSSFWorkbook workbook = open(in)) {
            Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
            if (sheet == null) {
                throw new DomainException("error.org.import.noRows");
            }
            DataFormatter format = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            for (int i = 0; i < HEADERS.size(); i++) {
                if (header == null || !HEADERS.get(i).equals(text(format, header.getCell(i)))) {
                    throw new DomainException("error.org.import.header");
                }
            }
            if (sheet.getLastRowNum() - header.getRowNum() > maxRows) {
                throw new DomainException("error.org.import.tooManyRows", maxRows);
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] c = new String[HEADERS.size()];
                for (int i = 0; i < c.length; i++) {
                    c[i] = text(format, row.getCell(i));
                }
                if (Arrays.stream(c).allMatch(String::isEmpty)) {
                    continue;
                }
                List<String> aliases = Arrays.stream(c[2].split("[；;\\n]")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                rows.add(new SheetRow(r + 1, c[0], emptyToNull(c[1]), aliases, c[3], emptyToNull(c[4]), c[5]));
            }
            if (rows.isEmpty()) {
                throw new DomainException("error.org.import.noRows");
            }
            return rows;
        } catch (IOException e) {
            throw new DomainException("error.org.import.notXlsx");
        }
    }

    private static XSSFWorkbook open(InputStream in) {
        try {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // POI reports a non-OOXML or broken file with several exception types; all mean "not .xlsx".
            throw new DomainException("error.org.import.notXlsx");
        }
    }

    private static String text(DataFormatter format, Cell cell) {
        return cell == null ? "" : format.formatCellValue(cell).strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
