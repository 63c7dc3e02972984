package org.fazhi.supervision.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.fazhi.platform.Gongwen;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes a supervision order as a .docx 督办通知 in 公文 layout ({@link Gongwen}): 文号 centred above the title,
 * the addressee flush left, reason, the assignments concerned, the required response and its deadline, and the
 * issuing office and date at the foot, right-aligned.
 */
public final class OrderWordWriter {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private OrderWordWriter() {
    }

    /** Writes the order to {@code out} (not closed). */
    public static void write(SupervisionOrder order, String unitFullName, String issuingOffice, OutputStream out)
            throws IOException {
        try (XWPFDocument doc = Gongwen.document()) {
            Gongwen.run(Gongwen.paragraph(doc, ParagraphAlignment.CENTER, false), order.number(), Gongwen.BODY_FONT);
            Gongwen.paragraph(doc, ParagraphAlignment.CENTER, false);
            Gongwen.run(Gongwen.paragraph(doc, ParagraphAlignment.CENTER, false), "督办通知", Gongwen.TITLE_FONT)
                    .setFontSize(Gongwen.TITLE_POINTS);
            Gongwen.paragraph(doc, ParagraphAlignment.CENTER, false);
            Gongwen.run(Gongwen.paragraph(doc, ParagraphAlignment.LEFT, false), unitFullName + "：", Gongwen.BODY_FONT);
            Gongwen.body(doc, order.reason());
            Gongwen.run(Gongwen.paragraph(doc, ParagraphAlignment.LEFT, true), "一、督办事项", Gongwen.HEADING_FONT);
            int n = 1;
            for (SupervisionOrder.Item item : order.items()) {
                Gongwen.run(Gongwen.paragraph(doc, ParagraphAlignment.BOTH, true), n++ + ". " + item.taskText(),
                        Gongwen.BODY_FONT);
            }
            Gongwen.run(Gongwen.paragraph(doc, ParagraphAlignment.LEFT, true), "二、办理要求", Gongwen.HEADING_FONT);
            Gongwen.body(doc, order.requirement());
            Gongwen.run(Gongwen.paragraph(doc, ParagraphAlignment.BOTH, true), "请于" + DATE.format(order.dueOn())
                    + "前（" + order.responseDays() + "个工作日内）书面报送办理情况。", Gongwen.BODY_FONT);
            foot(doc, issuingOffice, DATE.format(order.issuedOn()));
            doc.write(out);
        }
    }

    static void foot(XWPFDocument doc, String issuer, String date) {
        Gongwen.paragraph(doc, ParagraphAlignment.RIGHT, false);
        Gongwen.paragraph(doc, ParagraphAlignment.RIGHT, false);
        Gongwen.run(Gongwen.paragraph(doc, ParagraphAlignment.RIGHT, false), issuer, Gongwen.BODY_FONT);
        Gongwen.run(Gongwen.paragraph(doc, ParagraphAlignment.RIGHT, false), date, Gongwen.BODY_FONT);
    }
}
