package org.fazhi.supervision.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * Writes a supervision order as a .docx 督办通知 in 公文 layout after GB/T 9704-2012 (党政机关公文格式): A4 with
 * 37/35/28/26 mm margins; 文号 centred above the title; title in 二号方正小标宋简体; addressee flush left; body in
 * 三号仿宋_GB2312 with a two-character first-line indent and fixed 28.95 pt lines; the issuing office and date
 * at the foot, right-aligned. Each run names the GB font for East Asian text and Times New Roman for Latin
 * text, so a machine without the GB fonts falls back to its nearest family. (The plan module's ledger writer
 * keeps its helpers private, hence this small writer.)
 */
public final class OrderWordWriter {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    private static final String LATIN_FONT = "Times New Roman";
    private static final int TITLE_POINTS = 22;
    private static final int BODY_POINTS = 16;
    private static final double LINE_POINTS = 28.95;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private OrderWordWriter() {
    }

    /** Writes the order to {@code out} (not closed). */
    public static void write(SupervisionOrder order, String unitFullName, String issuingOffice, OutputStream out)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            run(paragraph(doc, ParagraphAlignment.CENTER, false), order.number(), BODY_FONT);
            paragraph(doc, ParagraphAlignment.CENTER, false);
            XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, false);
            run(title, "督办通知", TITLE_FONT).setFontSize(TITLE_POINTS);
            paragraph(doc, ParagraphAlignment.CENTER, false);
            run(paragraph(doc, ParagraphAlignment.LEFT, false), unitFullName + "：", BODY_FONT);
            body(doc, order.reason());
            run(paragraph(doc, ParagraphAlignment.LEFT, true), "一、督办事项", HEADING_FONT);
            int n = 1;
            for (SupervisionOrder.Item item : order.items()) {
                run(paragraph(doc, ParagraphAlignment.BOTH, true), n++ + ". " + item.taskText(), BODY_FONT);
            }
            run(paragraph(doc, ParagraphAlignment.LEFT, true), "二、办理要求", HEADING_FONT);
            body(doc, order.requirement());
            run(paragraph(doc, ParagraphAlignment.BOTH, true), "请于" + DATE.format(order.dueOn())
                    + "前（" + order.responseDays() + "个工作日内）书面报送办理情况。", BODY_FONT);
            paragraph(doc, ParagraphAlignment.RIGHT, false);
            paragraph(doc, ParagraphAlignment.RIGHT, false);
            run(paragraph(doc, ParagraphAlignment.RIGHT, false), issuingOffice, BODY_FONT);
            run(paragraph(doc, ParagraphAlignment.RIGHT, false), date(order.issuedOn()), BODY_FONT);
            doc.write(out);
        }
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }

    private static void body(XWPFDocument doc, String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                run(paragraph(doc, ParagraphAlignment.BOTH, true), line.strip(), BODY_FONT);
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, boolean indent) {
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

    private static XWPFRun run(XWPFParagraph p, String text, String font) {
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
