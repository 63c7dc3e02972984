package org.fazhi.plan.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a .docx body in document order: each paragraph is a {@link SourceLine} (with Word's automatic
 * numbering rendered in front, see {@link WordNumbering}), each table a list of
 * {@link TableRow}s on the table grid (gridSpan repeated across the columns it spans, vMerge continuation
 * cells carrying the text of the cell above). Lines are numbered by paragraph and table row.
 */
final class DocxReader {

    private DocxReader() {
    }

    /** The blocks: {@link SourceLine} for a paragraph, {@code List<TableRow>} for a table. */
    static List<Object> read(byte[] content) throws IOException {
        List<Object> blocks = new ArrayList<>();
        int line = 0;
        WordNumbering numbering = new WordNumbering();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    blocks.add(new SourceLine(++line, numbering.label(paragraph) + paragraph.getText()));
                } else if (element instanceof XWPFTable table) {
                    List<TableRow> rows = new ArrayList<>();
                    List<String> above = new ArrayList<>();
                    for (XWPFTableRow row : table.getRows()) {
                        TableRow read = readRow(row, ++line, above);
                        rows.add(read);
                        above = read.cells().stream().map(TableRow.Cell::text).toList();
                    }
                    blocks.add(rows);
                }
            }
        }
        return blocks;
    }

    private static TableRow readRow(XWPFTableRow row, int line, List<String> above) {
        List<TableRow.Cell> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            int span = 1;
            boolean continues = false;
            if (properties != null) {
                if (properties.isSetGridSpan() && properties.getGridSpan().getVal() != null) {
                    span = Math.max(1, Math.min(64, properties.getGridSpan().getVal().intValue()));
                }
                if (properties.isSetVMerge()) {
                    STMerge.Enum value = properties.getVMerge().getVal();
                    continues = value == null || value == STMerge.CONTINUE;
                }
            }
            String text = cellText(cell);
            for (int i = 0; i < span; i++) {
                int column = cells.size();
                if (continues) {
                    cells.add(new TableRow.Cell(column < above.size() ? above.get(column) : "", true));
                } else {
                    cells.add(new TableRow.Cell(text, false));
                }
            }
        }
        return new TableRow(line, cells);
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> paragraphs = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            String text = paragraph.getText().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return String.join("\n", paragraphs);
    }
}
