package org.fazhi.plan.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
 * Writes a {@link Ledger} as the .docx 任务分工方案, laid out after GB/T 9704-2012 (党政机关公文格式): A4 with
 * 37/35/28/26 mm margins, 文号 above the title, title in 二号方正小标宋简体, body in 三号仿宋_GB2312 with
 * two-character first-line indent and fixed 28.95 pt lines, first-level headings "一、" in 黑体, tasks
 * "（一）" with their 牵头单位, 责任单位 and 完成时限. Each run names the GB font for East Asian text and a common
 * font for Latin text, so a machine without the GB fonts substitutes the nearest family (宋体/仿宋).
 */
public final class WordLedgerWriter {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String TASK_FONT = "楷体_GB2312";
    private static final String LATIN_FONT = "Times New Roman";
    private static final int TITLE_POINTS = 22;
    private static final int BODY_POINTS = 16;
    /** GB/T 9704: 22 lines of 28 characters on the type area gives lines 28.95 pt apart. */
    private static final double LINE_POINTS = 28.95;
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private WordLedgerWriter() {
    }

    /** Writes the ledger with zh-CN labels to {@code out} (not closed). */
    public static void write(Ledger ledger, OutputStream out) throws IOException {
        write(ledger, LedgerLabels.chinese(), out);
    }

    /** Writes the ledger to {@code out} (not closed), its title and labels in the labels' language. */
    public static void write(Ledger ledger, LedgerLabels labels, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            if (ledger.docNumber() != null) {
                run(paragraph(doc, ParagraphAlignment.CENTER, false), ledger.docNumber(), BODY_FONT, BODY_POINTS, false);
            }
            paragraph(doc, ParagraphAlignment.CENTER, false);
            XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, false);
            run(title, labels.text("ledger.export.word.title", ledger.title() == null ? "" : ledger.title()),
                    TITLE_FONT, TITLE_POINTS, false);
            if (ledger.unitName() != null) {
                run(paragraph(doc, ParagraphAlignment.CENTER, false),
                        labels.text("ledger.export.title.part", ledger.unitName()).strip(), TASK_FONT, BODY_POINTS, false);
            }
            paragraph(doc, ParagraphAlignment.CENTER, false);
            for (Ledger.Part part : ledger.parts()) {
                run(paragraph(doc, ParagraphAlignment.LEFT, true), ExcelLedgerWriter.sectionHeading(part),
                        HEADING_FONT, BODY_POINTS, false);
                for (Ledger.Item item : part.items()) {
                    task(doc, item, labels);
                }
            }
            if (ledger.issuer() != null) {
                paragraph(doc, ParagraphAlignment.RIGHT, false);
                run(paragraph(doc, ParagraphAlignment.RIGHT, false), ledger.issuer(), BODY_FONT, BODY_POINTS, false);
                if (ledger.issuedOn() != null) {
                    run(paragraph(doc, ParagraphAlignment.RIGHT, false), ISSUED.format(ledger.issuedOn()), BODY_FONT,
                            BODY_POINTS, false);
                }
            }
            doc.write(out);
        }
    }

    private static void task(XWPFDocument doc, Ledger.Item item, LedgerLabels labels) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, true);
        String label = item.label() == null ? "（" + ChineseNumber.of(item.number()) + "）" : item.label();
        run(p, label + item.title(), TASK_FONT, BODY_POINTS, false);
        if (item.body() != null && !item.body().isBlank()) {
            run(paragraph(doc, ParagraphAlignment.BOTH, true), item.body(), BODY_FONT, BODY_POINTS, false);
        }
        XWPFParagraph units = paragraph(doc, ParagraphAlignment.BOTH, true);
        String end = labels.text("ledger.export.word.end");
        if (!item.leads().isEmpty()) {
            run(units, labels.text("ledger.export.word.lead"), BODY_FONT, BODY_POINTS, true);
            run(units, String.join("、", item.leads()) + end, BODY_FONT, BODY_POINTS, false);
        }
        if (!item.written().isEmpty()) {
            run(units, labels.text("ledger.export.word.units"), BODY_FONT, BODY_POINTS, true);
            run(units, String.join("、", item.written()) + end, BODY_FONT, BODY_POINTS, false);
        }
        if (item.due() != null && !item.due().isBlank()) {
            run(units, labels.text("ledger.export.word.due"), BODY_FONT, BODY_POINTS, true);
            run(units, item.due() + end, BODY_FONT, BODY_POINTS, false);
        }
        List<Ledger.Progress> progress = item.allProgress();
        if (!progress.isEmpty()) {
            XWPFParagraph p2 = paragraph(doc, ParagraphAlignment.BOTH, true);
            run(p2, labels.text("ledger.export.word.progress"), BODY_FONT, BODY_POINTS, true);
            run(p2, labels.progress(progress, true, labels.text("ledger.export.word.separator")) + end, BODY_FONT,
                    BODY_POINTS, false);
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

    private static void run(XWPFParagraph p, String text, String font, int points, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(points);
        run.setBold(bold);
        var rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : rPr.addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(font);
        fonts.setHint(STHint.EAST_ASIA);
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
