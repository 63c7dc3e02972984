package org.fazhi.plan.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * An SXSSF workbook of one sheet whose merged regions are written as they are produced, not kept: POI's
 * {@code Sheet.addMergedRegion} holds every region as an XMLBeans object until the file is written, so the
 * heap grows with the number of merges. Here the caller supplies the regions as a function it can replay
 * ({@link Regions}); when the workbook is written they are streamed into the sheet's {@code <mergeCells>}
 * element, right after the streamed {@code <sheetData>} (the position CT_Worksheet prescribes when the sheet
 * has no sheetCalcPr, protection, scenarios, autoFilter, sortState, dataConsolidate or customSheetViews —
 * the ledger uses none of them).
 */
final class MergingWorkbook extends SXSSFWorkbook {

    /** Receives one merged region (0-based, inclusive). */
    interface Region {
        void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) throws IOException;
    }

    /** Replays every merged region of the sheet, in any order; called twice (count, then write). */
    interface Regions {
        void each(Region region) throws IOException;
    }

    private final Regions regions;
    private SXSSFSheet sheet;

    MergingWorkbook(int window, Regions regions) {
        super(window);
        this.regions = regions;
    }

    @Override
    public SXSSFSheet createSheet(String name) {
        if (sheet != null) {
            throw new IllegalStateException("one sheet only");
        }
        sheet = super.createSheet(name);
        return sheet;
    }

    /** As {@link SXSSFWorkbook#injectData}, but the one sheet gets its merged regions written in. */
    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        ZipArchiveOutputStream zip = createArchiveOutputStream(out);
        try {
            Enumeration<? extends ZipArchiveEntry> entries = source.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                XSSFSheet template = getSheetFromZipEntryName(entry.getName());
                boolean isSheet = template != null && sheet != null;
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                if (!isSheet && entry.getSize() >= 0) {
                    copy.setSize(entry.getSize());
                }
                if (entry.getTime() >= 0) {
                    copy.setTime(entry.getTime());
                }
                zip.putArchiveEntry(copy);
                try (InputStream in = source.getInputStream(entry)) {
                    if (in instanceof ZipArchiveThresholdInputStream) {
                        ((ZipArchiveThresholdInputStream) in).setGuardState(false);
                    }
                    if (isSheet) {
                        writeSheet(new String(in.readAllBytes(), StandardCharsets.UTF_8), zip);
                    } else {
                        IOUtils.copy(in, zip);
                    }
                } finally {
                    zip.closeArchiveEntry();
                }
            }
            zip.finish();
        } finally {
            source.close();
            zip.close();
        }
    }

    /** The sheet template (everything but rows and merges; a few KB) with the rows and merges put in. */
    private void writeSheet(String template, OutputStream out) throws IOException {
        int start = template.indexOf("<sheetData");
        int end = start < 0 ? -1 : template.startsWith("<sheetData/>", start) ? start + "<sheetData/>".length()
                : template.indexOf("</sheetData>", start) + "</sheetData>".length();
        if (start < 0 || end < start) {
            throw new IOException("sheet template without sheetData");
        }
        Writer xml = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        xml.write(template, 0, start);
        xml.write("<sheetData>\n");
        xml.flush();
        createSheetInjector(sheet).writeSheetData(out);
        xml.write("</sheetData>");
        writeMerges(xml);
        xml.write(template, end, template.length() - end);
        xml.flush();
    }

    private void writeMerges(Writer xml) throws IOException {
        int[] count = {0};
        regions.each((r1, r2, c1, c2) -> count[0]++);
        if (count[0] == 0) {
            return;
        }
        xml.write("<mergeCells count=\"" + count[0] + "\">");
        StringBuilder ref = new StringBuilder(24);
        regions.each((r1, r2, c1, c2) -> {
            ref.setLength(0);
            ref.append("<mergeCell ref=\"");
            cell(ref, r1, c1).append(':');
            cell(ref, r2, c2).append("\"/>");
            xml.append(ref);
        });
        xml.write("</mergeCells>");
    }

    /** A1-style reference of a cell (0-based row and column). */
    static StringBuilder cell(StringBuilder to, int row, int column) {
        int c = column + 1;
        int at = to.length();
        while (c > 0) {
            to.insert(at, (char) ('A' + (c - 1) % 26));
            c = (c - 1) / 26;
        }
        return to.append(row + 1);
    }
}
