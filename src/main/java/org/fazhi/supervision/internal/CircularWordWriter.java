package org.fazhi.supervision.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.fazhi.platform.Gongwen;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writes a circular as a .docx 通报 in 公文 layout ({@link Gongwen}): title, body as edited, issuer and date. */
public final class CircularWordWriter {

    private CircularWordWriter() {
    }

    public static void write(Circular circular, String issuingOffice, java.time.ZoneId zone, OutputStream out)
            throws IOException {
        try (XWPFDocument doc = Gongwen.document()) {
            Gongwen.paragraph(doc, ParagraphAlignment.CENTER, false);
            Gongwen.run(Gongwen.paragraph(doc, ParagraphAlignment.CENTER, false), circular.title(), Gongwen.TITLE_FONT)
                    .setFontSize(Gongwen.TITLE_POINTS);
            Gongwen.paragraph(doc, ParagraphAlignment.CENTER, false);
            Gongwen.body(doc, circular.body());
            OrderWordWriter.foot(doc, issuingOffice, OrderWordWriter.DATE.format(circular.issuedOn(zone)));
            doc.write(out);
        }
    }
}
