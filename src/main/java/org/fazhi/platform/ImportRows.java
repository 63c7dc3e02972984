package org.fazhi.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The preview pass shared by the registers' Excel imports: opens the upload ({@link Spreadsheets#open}), checks
 * that it is the register's template (A1 is the first column's header), reads every non-blank row of the first
 * sheet through the register's {@link Reader}, refuses a row whose key already stood on an earlier row, and
 * skips a row that is already registered. Refusals are named by row and rule; nothing is saved.
 *
 * <p>Message keys, per register: {@code error.<register>.import.notTemplate}, {@code .tooManyRows} (argument: the
 * limit) and {@code .duplicateRow} (argument: the earlier row).
 */
public final class ImportRows {

    /** Largest upload of every register import. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    /** Most rows of one import. */
    public static final int MAX_ROWS = 5000;

    /**
     * What a register reads from a row.
     *
     * @param <R> the parsed row
     */
    public interface Reader<R> {

        /** Parses and checks a row with the register's rules; a {@link DomainException} refuses the row. */
        R read(Row row);

        /** What makes two rows the same case (the same key twice in one file is refused). */
        String key(R row);

        /** Whether the row's case is registered already (then it is skipped, not refused). */
        boolean registered(R row);
    }

    private ImportRows() {
    }

    /** Reads the upload with the register's template {@code columns}. */
    public static <R> ImportPreview<R> preview(String register, List<String> columns, byte[] xlsx, String fileName,
                                               Reader<R> reader) {
        List<R> rows = new ArrayList<>();
        List<ImportPreview.Problem> problems = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (Workbook workbook = Spreadsheets.open(xlsx, fileName, MAX_BYTES)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            if (header == null || !columns.get(0).equals(Spreadsheets.text(header, 0))) {
                throw new DomainException("error." + register + ".import.notTemplate");
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new DomainException("error." + register + ".import.tooManyRows", MAX_ROWS);
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || Spreadsheets.blank(row, columns.size())) {
                    continue;
                }
                try {
                    R parsed = reader.read(row);
                    Integer earlier = seen.putIfAbsent(reader.key(parsed), r + 1);
                    if (earlier != null) {
                        throw new DomainException("error." + register + ".import.duplicateRow", earlier);
                    }
                    if (reader.registered(parsed)) {
                        skipped.add(r + 1);
                    } else {
                        rows.add(parsed);
                    }
                } catch (DomainException e) {
                    problems.add(new ImportPreview.Problem(r + 1, e.messageKey(), e.args()));
                }
            }
        } catch (IOException e) {
            throw new DomainException("error.import.notXlsx");
        }
        return new ImportPreview<>(rows, problems, skipped);
    }
}
