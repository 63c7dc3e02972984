package org.fazhi.progress.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.progress.internal.UnitRow;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The rows of the unit page's table as UTF-8 HTML, written once per cached set of lines and set of 催办/督办
 * badges (the template engine spent four fifths of the page's time on the per-row expressions, and encoding the
 * text a quarter of what was left); the page copies the bytes in through {@code platform.web.EncodedHtml}. Every
 * text is escaped here.
 */
@Component
class UnitTableHtml {

    private record Key(long unitId, Locale locale, String contextPath) {
    }

    /** The lines and badges the bytes were written from. */
    private record Written(List<UnitRow> rows, Map<Long, String> remarks, byte[] html) {
    }

    private static final int MAX_ENTRIES = 4096;

    private final Map<Key, Written> written = new ConcurrentHashMap<>();

    byte[] body(long unitId, Locale locale, String contextPath, List<UnitRow> rows, Map<Long, String> remarks) {
        Key key = new Key(unitId, locale, contextPath);
        Written w = written.get(key);
        if (w != null && w.rows() == rows && w.remarks().equals(remarks)) {
            return w.html();
        }
        w = new Written(rows, Map.copyOf(remarks), write(rows, remarks, contextPath));
        if (written.size() >= MAX_ENTRIES) {
            written.clear(); // bounded whatever languages the requests name
        }
        written.put(key, w);
        return w.html();
    }

    private static byte[] write(List<UnitRow> rows, Map<Long, String> remarks, String contextPath) {
        ByteArrayOutputStream html = new ByteArrayOutputStream(rows.size() * 700);
        for (UnitRow r : rows) {
            String remark = remarks.get(r.assignmentId());
            html.writeBytes(row(r, remark, contextPath).getBytes(StandardCharsets.UTF_8));
        }
        return html.toByteArray();
    }

    private static String row(UnitRow r, String remark, String contextPath) {
        String id = Long.toString(r.assignmentId());
        StringBuilder html = new StringBuilder(600).append("\n    <tr id=\"assignment-").append(id)
                .append("\">\n      <td><a href=\"").append(esc(contextPath)).append("/progress/assignments/").append(id)
                .append("\">").append(esc(r.task())).append("</a>");
        if (remark != null) {
            html.append("\n        <strong class=\"badge remark\">").append(esc(remark)).append("</strong>");
        }
        html.append("</td>");
        List<String> cells = new ArrayList<>();
        cells.add(esc(r.role()));
        cells.add(esc(r.due()));
        cells.add("<span>" + esc(r.sign()) + "</span>"
                + (r.signOverdue() == null ? "" : "\n        <strong class=\"warn\">" + esc(r.signOverdue())
                + "</strong>"));
        cells.add("<span class=\"" + esc(r.lightCss()) + "\">" + esc(r.lightText()) + "</span>");
        cells.add(esc(r.next()));
        cells.forEach(c -> html.append("\n      <td>").append(c).append("</td>"));
        return html.append("\n    </tr>").toString();
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
