package org.fazhi.plan.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.platform.Gongwen;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a {@link Ledger} as the .docx 任务分工方案, laid out after GB/T 9704-2012 (党政机关公文格式): A4 with
 * 37/35/28/26 mm margins, 文号 above the title, title in 二号方正小标宋简体, body in 三号仿宋_GB2312 with
 * two-character first-line indent and fixed 28.95 pt lines, first-level headings "一、" in 黑体, tasks
 * "（一）" with their 牵头单位, 责任单位 and 完成时限. Each run names the GB font for East Asian text and a common
 * font for Latin text, so a machine without the GB fonts substitutes the nearest family (宋体/仿宋). The page,
 * paragraph and run layout is the platform's {@link Gongwen}, shared with the 督办通知 and 通报.
 */
public final class WordLedgerWriter {

    static final String TITLE_FONT = Gongwen.TITLE_FONT;
    static final String BODY_FONT = Gongwen.BODY_FONT;
    static final String HEADING_FONT = Gongwen.HEADING_FONT;
    static final String TASK_FONT = Gongwen.TASK_FONT;
    private static final int TITLE_POINTS = Gongwen.TITLE_POINTS;
    private static final int BODY_POINTS = Gongwen.BODY_POINTS;
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private WordLedgerWriter() {
    }

    /** Writes the ledger with zh-CN labels to {@code out} (not closed). */
    public static void write(Ledger ledger, OutputStream out) throws IOException {
        write(ledger, LedgerLabels.chinese(), out);
    }

    /** Writes the ledger to {@code out} (not closed), its title and labels in the labels' language. */
    public static void write(Ledger ledger, LedgerLabels labels, OutputStream out) throws IOException {
        try (XWPFDocument doc = Gongwen.document()) {
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
        return Gongwen.paragraph(doc, alignment, indent);
    }

    private static void run(XWPFParagraph p, String text, String font, int points, boolean bold) {
        XWPFRun run = Gongwen.run(p, text, font);
        run.setFontSize(points);
        run.setBold(bold);
    }
}
