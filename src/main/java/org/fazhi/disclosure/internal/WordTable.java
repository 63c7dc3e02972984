package org.fazhi.disclosure.internal;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word table with merged header cells, as the national annual-report format has them: a cell spans columns
 * ({@code w:gridSpan}) and starts or continues a vertical merge ({@code w:vMerge}).
 */
final class WordTable {

    /** Page width the table spreads over, in twips (A4 portrait less margins). */
    private static final int WIDTH = 9000;

    /** One cell: its text, the grid columns it spans, and its place in a vertical merge (or none). */
    record Cell(String text, int span, STMerge.Enum vMerge) {

        static Cell of(String text) {
            return new Cell(text, 1, null);
        }

        static Cell spanning(String text, int span) {
            return new Cell(text, span, null);
        }

        /** The first cell of a vertical merge. */
        static Cell top(String text, int span) {
            return new Cell(text, span, STMerge.RESTART);
        }

        /** A cell continuing the vertical merge above. */
        static Cell below(int span) {
            return new Cell("", span, STMerge.CONTINUE);
        }
    }

    private WordTable() {
    }

    /** Adds a table of {@code columns} grid columns; each row's spans add up to {@code columns}. */
    static XWPFTable add(XWPFDocument doc, int columns, List<List<Cell>> rows) {
        XWPFTable table = doc.createTable(rows.size(), 1);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int i = 0; i < columns; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(WIDTH / columns));
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<Cell> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = c == 0 ? row.getCell(0) : row.addNewTableCell();
                Cell spec = cells.get(c);
                if (!spec.text().isEmpty()) {
                    cell.setText(spec.text());
                }
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (spec.span() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(spec.span()));
                }
                if (spec.vMerge() != null) {
                    pr.addNewVMerge().setVal(spec.vMerge());
                }
            }
        }
        return table;
    }
}
