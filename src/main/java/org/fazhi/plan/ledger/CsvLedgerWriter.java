package org.fazhi.plan.ledger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link Ledger} as CSV for machines: RFC 4180 quoting, UTF-8 with a byte-order mark (so Excel opens
 * the Chinese text correctly), one row per task and responsible unit, the deadline both as written and as an
 * ISO date.
 */
public final class CsvLedgerWriter {

    private CsvLedgerWriter() {
    }

    /** Writes the ledger with zh-CN headers to {@code out} (flushed, not closed). */
    public static void write(Ledger ledger, OutputStream out) throws IOException {
        write(ledger, LedgerLabels.chinese(), out);
    }

    /**
     * Writes the ledger to {@code out} (flushed, not closed): 文号, 部分, 序号, 重点任务, 工作内容, 牵头单位, 责任单位,
     * 完成时限, 完成日期, 红黄绿灯, 进展情况 ({@link LedgerLabels#csvColumns()}).
     */
    public static void write(Ledger ledger, LedgerLabels labels, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        line(writer, labels.csvColumns());
        String doc = ledger.docNumber() == null ? "" : ledger.docNumber();
        for (Ledger.Part part : ledger.parts()) {
            String section = ExcelLedgerWriter.sectionHeading(part);
            for (Ledger.Item item : part.items()) {
                for (int i = 0; i < item.rows(); i++) {
                    String unit = i < item.units().size() ? item.units().get(i) : "";
                    line(writer, List.of(doc, section, Integer.toString(item.number()), item.title(), item.body(),
                            String.join("、", item.leads()), unit, item.due() == null ? "" : item.due(),
                            item.dueDate() == null ? "" : item.dueDate().toString(),
                            labels.lights(item.progressOfRow(i)), labels.progress(item.progressOfRow(i), false, "\n")));
                }
            }
        }
        writer.flush();
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quote(fields.get(i)));
        }
        writer.write("\r\n");
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
