package org.fazhi.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * Reading uploaded .xlsx registers, shared by the registers' Excel imports: opening an upload with a size limit
 * (only .xlsx, refused otherwise) and reading a row's cells as trimmed text or as a date — an Excel date cell, or
 * text such as 2023-09-30, 2023/9/30, 2023.9.30 or 2023年9月30日. Refusals are {@link DomainException}s with the
 * keys {@code error.import.*} of the core bundle.
 */
public final class Spreadsheets {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\D{1,2}(\\d{1,2})\\D{1,2}(\\d{1,2})\\D?");
    private static final DataFormatter TEXT = new DataFormatter(Locale.ROOT);

    private Spreadsheets() {
    }

    /**
     * Opens an uploaded workbook.
     *
     * @throws DomainException {@code error.import.tooLarge} (argument: the limit in MB) over {@code maxBytes},
     *                         {@code error.import.notXlsx} when it is not an .xlsx file
     */
    public static Workbook open(byte[] content, String fileName, long maxBytes) {
        if (content.length > maxBytes) {
            throw new DomainException("error.import.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
        }
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        boolean named = fileName == null || fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (!zip || !named) {
            throw new DomainException("error.import.notXlsx");
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new DomainException("error.import.notXlsx");
        }
    }

    /** The cell's displayed text, trimmed; {@code null} when empty or missing. */
    public static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        String value = cell == null ? "" : TEXT.formatCellValue(cell).strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * The cell as a date; {@code null} when empty.
     *
     * @throws DomainException {@code error.import.badDate} (argument: the text) when it is no date
     */
    public static LocalDate date(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String value = text(row, column);
        return value == null ? null : parseDate(value);
    }

    /** A written date such as 2023-09-30, 2023/9/30, 2023.9.30 or 2023年9月30日. */
    public static LocalDate parseDate(String value) {
        Matcher m = DATE.matcher(value.replaceAll("\\s+", ""));
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            // refused below
        }
        throw new DomainException("error.import.badDate", value);
    }

    /**
     * An enum value written in a cell: its name, its Chinese or English label ({@code prefix + name} in the
     * bundles), or the Chinese label without a trailing bracketed note (e.g. "予以公开" for
     * "予以公开（第三十六条第二项）"), ignoring case; {@code null} when none matches.
     */
    public static <E extends Enum<E>> E choice(MessageSource messages, Class<E> type, String prefix, String value) {
        Map<String, E> known = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (E e : type.getEnumConstants()) {
            String zh = messages.getMessage(prefix + e.name(), null, e.name(), Locale.SIMPLIFIED_CHINESE);
            known.put(e.name(), e);
            known.put(zh, e);
            int bracket = zh.indexOf('（');
            if (bracket > 0) {
                known.putIfAbsent(zh.substring(0, bracket).strip(), e);
            }
            known.put(messages.getMessage(prefix + e.name(), null, e.name(), Locale.ENGLISH), e);
        }
        return known.get(value.strip());
    }

    /** Whether the first {@code columns} cells of the row are all empty. */
    public static boolean blank(Row row, int columns) {
        for (int i = 0; i < columns; i++) {
            if (text(row, i) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * An import template: a sheet named {@code sheetName} with the bold, frozen header {@code columns}, and a
     * 填写说明 sheet with one note per row.
     */
    public static byte[] template(String sheetName, List<String> columns, List<String> notes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet data = workbook.createSheet(sheetName);
            Row header = data.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
                header.getCell(i).setCellStyle(bold);
                data.setColumnWidth(i, 18 * 256);
            }
            data.createFreezePane(0, 1);
            Sheet sheet = workbook.createSheet("填写说明");
            sheet.setColumnWidth(0, 120 * 256);
            for (int i = 0; i < notes.size(); i++) {
                sheet.createRow(i).createCell(0).setCellValue(notes.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
