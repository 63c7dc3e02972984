package org.fazhi.dashboard.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.dashboard.internal.FigureRow;
import org.fazhi.dashboard.internal.PlanFigures;
import org.fazhi.dashboard.internal.Tally;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The rows of the dashboard's tables (by section, kind, unit, and the late-unit ranking) as escaped HTML, written
 * once per computed set of figures and language: a province plan has a hundred rows of six linked cells each, and
 * the template's per-cell expressions cost more than the figures themselves. The charts read these tables.
 */
@Component
class FigureTablesHtml {

    /**
     * Bodies by table id ({@code t-sections}, {@code t-kinds}, {@code t-units}, {@code t-late}), written from the
     * computed figures' unit rows (the same list instance as long as the plan's figures are not recomputed; the
     * open-order overlay per request leaves the group rows as they are).
     */
    record Bodies(List<FigureRow> source, Map<String, String> byTable) {
    }

    private record Key(long planId, Locale locale, String contextPath) {
    }

    private final Map<Key, Bodies> written = new ConcurrentHashMap<>();
    private final MessageSource messages;

    FigureTablesHtml(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> bodies(PlanFigures f, Locale locale, String contextPath) {
        Key key = new Key(f.planId(), locale, contextPath);
        Bodies b = written.get(key);
        if (b == null || b.source() != f.units()) {
            String base = contextPath + "/dashboard/assignments?plan=" + f.planId();
            b = new Bodies(f.units(), Map.of("t-sections", groups(f.sections(), base, false, locale),
                    "t-kinds", groups(f.kinds(), base, true, locale),
                    "t-units", groups(f.units(), base, false, locale),
                    "t-late", late(f.lateUnits(), base, locale)));
            if (written.size() >= 4096) {
                written.clear();
            }
            written.put(key, b);
        }
        return b.byTable();
    }

    private String groups(List<FigureRow> rows, String base, boolean labelIsKey, Locale locale) {
        StringBuilder html = new StringBuilder(rows.size() * 700);
        for (FigureRow row : rows) {
            String q = base + "&" + row.query();
            Tally t = row.tally();
            String label = labelIsKey ? messages.getMessage(row.label(), null, locale) : row.label();
            html.append("<tr><th scope=\"row\">").append(link(q, "all", label, null)).append("</th>")
                    .append("<td>").append(link(q, "all", String.valueOf(t.assignments()), null)).append("</td>")
                    .append(rateCell(q, "done", t.completionRate(), t.done(), t.assignments(), locale))
                    .append(rateCell(q, "missed", t.onTimeRate(), t.onTime(), t.duePeriods(), locale))
                    .append("<td>").append(link(q, "late", String.valueOf(t.red()), null)).append("</td>")
                    .append("<td>").append(link(q, "review", String.valueOf(t.awaitingReview()), null))
                    .append("</td></tr>\n");
        }
        return html.toString();
    }

    private String late(List<FigureRow> rows, String base, Locale locale) {
        StringBuilder html = new StringBuilder(rows.size() * 600);
        int rank = 0;
        for (FigureRow row : rows) {
            String q = base + "&" + row.query();
            Tally t = row.tally();
            html.append("<tr><th scope=\"row\">").append(link(q, "late", row.label(), null)).append("</th>")
                    .append("<td>").append(++rank).append("</td>")
                    .append("<td data-value=\"").append(t.red()).append("\">")
                    .append(link(q, "late", String.valueOf(t.red()), "late-link")).append("</td>")
                    .append("<td>").append(link(q, "missed", rate(t.onTimeRate(), t.onTime(), t.duePeriods(), locale),
                            null)).append("</td>")
                    .append("<td>").append(link(q, "all", String.valueOf(t.assignments()), null)).append("</td></tr>\n");
        }
        return html.toString();
    }

    private String rateCell(String q, String filter, java.math.BigDecimal rate, int part, int whole, Locale locale) {
        return "<td data-value=\"" + (rate == null ? "" : rate.toPlainString()) + "\">"
                + link(q, filter, rate(rate, part, whole, locale), null) + "</td>";
    }

    private String rate(java.math.BigDecimal rate, int part, int whole, Locale locale) {
        return rate == null ? "—" : messages.getMessage("dashboard.rate",
                new Object[] {rate.toPlainString(), String.valueOf(part), String.valueOf(whole)}, locale);
    }

    private static String link(String q, String filter, String text, String cssClass) {
        return "<a" + (cssClass == null ? "" : " class=\"" + cssClass + "\"") + " href=\""
                + HtmlUtils.htmlEscape(q + "&filter=" + filter) + "\">" + HtmlUtils.htmlEscape(text) + "</a>";
    }
}
