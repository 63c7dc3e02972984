package org.fazhi.progress.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.progress.internal.UnitRow;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The rows of the unit page's table as HTML, written once per cached set of lines (the template engine spent
 * four fifths of the page's time on the per-row expressions). Every text is escaped here; only the 催办/督办
 * badge, which changes outside the reporting loop, is put in on each view.
 */
@Component
class UnitTableHtml {

    private record Key(long unitId, Locale locale, String contextPath) {
    }

    /** The lines the parts were written from, and per line the HTML before and after the badge. */
    private record Written(List<UnitRow> rows, List<String[]> parts) {
    }

    private final Map<Key, Written> written = new ConcurrentHashMap<>();

    String body(long unitId, Locale locale, String contextPath, List<UnitRow> rows, Map<Long, String> remarks) {
        Key key = new Key(unitId, locale, contextPath);
        Written w = written.get(key);
        if (w == null || w.rows() != rows) {
            w = new Written(rows, rows.stream().map(r -> parts(r, contextPath)).toList());
            if (written.size() >= 4096) {
                written.clear(); // bounded whatever languages the requests name
            }
            written.put(key, w);
        }
        StringBuilder html = new StringBuilder(rows.size() * 600);
        for (int i = 0; i < rows.size(); i++) {
            String[] p = w.parts().get(i);
            html.append(p[0]);
            String remark = remarks.get(rows.get(i).assignmentId());
            if (remark != null) {
                html.append("\n        <strong class=\"badge remark\">").append(HtmlUtils.htmlEscape(remark))
                        .append("</strong>");
            }
            html.append(p[1]);
        }
        return html.toString();
    }

    private static String[] parts(UnitRow r, String contextPath) {
        String id = Long.toString(r.assignmentId());
        String head = "\n    <tr id=\"assignment-" + id + "\">\n      <td><a href=\"" + esc(contextPath)
                + "/progress/assignments/" + id + "\">" + esc(r.task()) + "</a>";
        List<String> cells = new ArrayList<>();
        cells.add(esc(r.role()));
        cells.add(esc(r.due()));
        cells.add("<span>" + esc(r.sign()) + "</span>"
                + (r.signOverdue() == null ? "" : "\n        <strong class=\"warn\">" + esc(r.signOverdue())
                + "</strong>"));
        cells.add("<span class=\"" + esc(r.lightCss()) + "\">" + esc(r.lightText()) + "</span>");
        cells.add(esc(r.next()));
        StringBuilder tail = new StringBuilder("</td>");
        cells.forEach(c -> tail.append("\n      <td>").append(c).append("</td>"));
        tail.append("\n    </tr>");
        return new String[] {head, tail.toString()};
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
