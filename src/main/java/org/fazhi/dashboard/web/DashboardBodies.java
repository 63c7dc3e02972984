package org.fazhi.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.dashboard.internal.AnnualReportNotices;
import org.fazhi.dashboard.internal.FigureRow;
import org.fazhi.dashboard.internal.PlanFigures;
import org.fazhi.plan.PlanSummary;
import org.fazhi.platform.web.FragmentHtml;
import org.springframework.stereotype.Component;

/**
 * The dashboard's content (template {@code dashboard/figures}, fragment {@code body}) rendered once and kept per plan,
 * language and context path while everything it shows stands: the computed figures (the same row lists until they
 * are recomputed), the open orders and rectifications read for this view, the annual-report reminders (kept five
 * minutes), the plan selector and the plan's own summary. Every viewer of a plan sees the same content — the office
 * and city leaders alike — so keeping it saved most of the page's rendering at province scale.
 */
@Component
class DashboardBodies {

    /** What the kept content was rendered from; compared by identity where the source keeps its instances. */
    private record Source(PlanSummary plan, List<FigureRow> units, int openOrders, OptionalInt rectifications,
                          List<AnnualReportNotices.Notice> annualReports, DashboardController.Options options) {

        boolean sameAs(Source o) {
            return units == o.units && annualReports == o.annualReports && options == o.options
                    && openOrders == o.openOrders && rectifications.equals(o.rectifications) && plan.equals(o.plan);
        }
    }

    private record Kept(Source source, String html) {
    }

    private record Key(long planId, Locale locale, String contextPath) {
    }

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private final FragmentHtml fragments;
    private final FigureTablesHtml tables;

    DashboardBodies(FragmentHtml fragments, FigureTablesHtml tables) {
        this.fragments = fragments;
        this.tables = tables;
    }

    String body(PlanSummary plan, PlanFigures f, OptionalInt rectifications, List<AnnualReportNotices.Notice> notices,
                DashboardController.Options options, Locale locale, HttpServletRequest request,
                HttpServletResponse response) {
        Source source = new Source(plan, f.units(), f.openOrders(), rectifications, notices, options);
        Key key = new Key(plan.id(), locale, request.getContextPath());
        Kept k = kept.get(key);
        if (k == null || !k.source().sameAs(source)) {
            Map<String, Object> vars = Map.of("plan", plan, "f", f, "rectifications", rectifications,
                    "annualReports", notices, "planOptions", options.of(plan), "planYears", options.years(),
                    "tables", tables.bodies(f, locale, request.getContextPath()));
            k = new Kept(source, fragments.render("dashboard/figures", "body", vars, locale, request, response));
            if (kept.size() >= 4096) {
                kept.clear();
            }
            kept.put(key, k);
        }
        return k.html();
    }
}
