package org.fazhi.platform;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * 公文 layout after GB/T 9704-2012 (党政机关公文格式) for every Word document the platform writes (the ledger's 任务分工方案,
 * 督办通知, 通报): A4 with 37/35/28/26 mm
 * margins; title in 二号方正小标宋简体; body in 三号仿宋_GB2312 with a two-character first-line indent and fixed
 * 28.95 pt lines; headings in 黑体. Each run names the GB font for East Asian text and Times New Roman for Latin
 * text, so a machine without the GB fonts falls back to its nearest family.
 */
public final class Gongwen {

    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String BODY_FONT = "仿宋_GB2312";
    public static final String HEADING_FONT = "黑体";
    public static final String TASK_FONT = "楷体_GB2312";
    public static final int TITLE_POINTS = 22;
    public static final int BODY_POINTS = 16;
    private static final String LATIN_FONT = "Times New Roman";
    /** GB/T 9704: 22 lines of 28 characters on the type area gives lines 28.95 pt apart. */
    private static final double LINE_POINTS = 28.95;

    private Gongwen() {
    }

    /** A new document with the page set up. */
    public static XWPFDocument document() {
        XWPFDocument doc = new XWPFDocument();
        page(doc);
        return doc;
    }

    /** Plain text, one indented paragraph per non-blank line. */
    public static void body(XWPFDocument doc, String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                run(paragraph(doc, ParagraphAlignment.BOTH, true), line.strip(), BODY_FONT);
            }
        }
    }

    public static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        if (indent) {
            p.setFirstLineIndent(BODY_POINTS * 20 * 2);
        }
        return p;
    }

    public static XWPFRun run(XWPFParagraph p, String text, String font) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(BODY_POINTS);
        var rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : rPr.addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(font);
        fonts.setHint(STHint.EAST_ASIA);
        return run;
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(37)));
        margins.setBottom(BigInteger.valueOf(mm(35)));
        margins.setLeft(BigInteger.valueOf(mm(28)));
        margins.setRight(BigInteger.valueOf(mm(26)));
    }

    private static long mm(int millimetres) {
        return Math.round(millimetres * 1440 / 25.4);
    }
}
