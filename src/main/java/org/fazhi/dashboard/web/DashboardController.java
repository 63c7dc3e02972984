package org.fazhi.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.fazhi.dashboard.internal.AssignmentFact;
import org.fazhi.dashboard.internal.AnnualReportNotices;
import org.fazhi.dashboard.internal.DashboardFigures;
import org.fazhi.dashboard.internal.FiguresWorkbook;
import org.fazhi.dashboard.internal.Filter;
import org.fazhi.dashboard.internal.PlanFigures;
import org.fazhi.organization.UnitKind;
import org.fazhi.plan.PlanSummary;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.web.FragmentHtml;
import org.fazhi.platform.web.KeptPages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.util.HtmlUtils;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * 工作总览: the dashboard of one plan, the assignments behind each figure, and the Excel export. Only the office and
 * city leaders see it (there is nothing to change on it); unit users and administrators get 403.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_LEADER')")
class DashboardController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** A drill-down lists at most this many assignments (a whole province plan has thousands). */
    static final int MAX_ROWS = 1000;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{1,40}");

    private final DashboardFigures figures;
    private final MessageSource messages;
    private final AnnualReportNotices annualReports;
    private final DashboardBodies bodies;
    private final FragmentHtml fragments;
    private final KeptPages kept;

    DashboardController(DashboardFigures figures, MessageSource messages, AnnualReportNotices annualReports,
                        DashboardBodies bodies, FragmentHtml fragments, KeptPages kept) {
        this.kept = kept;
        this.bodies = bodies;
        this.fragments = fragments;
        this.figures = figures;
        this.messages = messages;
        this.annualReports = annualReports;
    }

    @GetMapping("/dashboard")
    View dashboard(@RequestParam(required = false) Long plan, @RequestParam(required = false) Integer year,
                   Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        List<PlanSummary> plans = figures.plans();
        // by id from the database: the kept list may not know a plan another instance imported a moment ago
        Optional<PlanSummary> chosen = plan != null ? figures.plan(plan)
                : plans.stream().filter(p -> year == null || year.equals(p.year())).findFirst();
        Options options = options(plans);
        String body;
        if (chosen.isPresent()) {
            PlanFigures f = figures.of(chosen.get().id());
            body = bodies.body(chosen.get(), f, figures.openRectifications(f), annualReports.current(), options,
                    locale, request, response);
        } else {
            Map<String, Object> vars = new java.util.HashMap<>();
            vars.put("annualReports", annualReports.current());
            body = fragments.render("dashboard/figures", "body", vars, locale, request, response);
        }
        model.addAttribute("body", body);
        // kept whole per reader while the figures' text stays the same (the kept body: compared by identity first)
        return kept.view("dashboard/dashboard", chosen.map(PlanSummary::id).orElse(0L), body);
    }

    /**
     * The plan selector's options as escaped HTML, one list per plan year, written once per list of plans: a province
     * has a thousand plans (two hundred a year), and a template expression per option cost the page more than all
     * its figures. Other years are one link each.
     */
    record Options(List<PlanSummary> plans, Map<Integer, String> byYear, Map<Long, Integer> ends, List<Integer> years) {

        /** The chosen plan's year's options with that plan selected (its option's end is known, so no search). */
        String of(PlanSummary chosen) {
            String html = byYear.getOrDefault(key(chosen), "");
            Integer end = ends.get(chosen.id());
            return end == null ? html : html.substring(0, end) + " selected" + html.substring(end);
        }

        static Integer key(PlanSummary p) {
            return p.year() == null ? 0 : p.year();
        }
    }

    private volatile Options options;

    Options options(List<PlanSummary> plans) {
        Options o = options;
        if (o == null || o.plans() != plans) {
            Map<Integer, StringBuilder> html = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
            Map<Long, Integer> ends = new java.util.HashMap<>();
            for (PlanSummary p : plans) {
                StringBuilder year = html.computeIfAbsent(Options.key(p), k -> new StringBuilder())
                        .append("<option value=\"").append(p.id()).append('"');
                ends.put(p.id(), year.length());
                year.append('>')
                        .append(HtmlUtils.htmlEscape(p.title() + (p.docNumber() == null ? "" : " " + p.docNumber())))
                        .append("</option>");
            }
            Map<Integer, String> byYear = new java.util.HashMap<>();
            html.forEach((k, v) -> byYear.put(k, v.toString()));
            o = new Options(plans, byYear, ends, html.keySet().stream().filter(y -> y != 0).toList());
            options = o;
        }
        return o;
    }

    @GetMapping("/dashboard/assignments")
    String assignments(@RequestParam long plan, @RequestParam(required = false) Integer section,
                       @RequestParam(required = false) Long unit, @RequestParam(required = false) String kind,
                       @RequestParam(required = false) String filter, Model model, Locale locale) {
        PlanSummary p = figures.plan(plan).orElseThrow(() -> new NotFoundException("error.notFound"));
        PlanFigures f = figures.of(p.id());
        Filter chosen = Filter.of(filter);
        UnitKind unitKind = kind(kind);
        Predicate<AssignmentFact> scope = a -> (section == null || a.sectionNumber() == section)
                && (unit == null || a.unitId() == unit) && (unitKind == null || a.kind() == unitKind);
        List<AssignmentFact> matching = f.facts().stream().filter(scope).filter(chosen::matches).toList();
        model.addAttribute("plan", p);
        model.addAttribute("filter", chosen);
        model.addAttribute("scope", scope(p.id(), section, unit, unitKind, f, locale));
        model.addAttribute("total", matching.size());
        model.addAttribute("rows", matching.size() > MAX_ROWS ? matching.subList(0, MAX_ROWS) : matching);
        model.addAttribute("maxRows", MAX_ROWS);
        return "dashboard/assignments";
    }

    @GetMapping("/dashboard/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long plan,
                                  @RequestParam(name = "dl", required = false) String download, Locale locale) {
        PlanSummary p = figures.plan(plan).orElseThrow(() -> new NotFoundException("error.notFound"));
        PlanFigures f = figures.of(p.id());
        String title = messages.getMessage("dashboard.export.title", new Object[] {p.title(), f.day().toString()},
                locale);
        byte[] body = FiguresWorkbook.write(title, f, figures.openRectifications(f),
                key -> messages.getMessage(key, null, key, locale));
        String file = URLEncoder.encode(title + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + file);
        if (download != null && TOKEN.matcher(download).matches()) {
            // fazhi.js shows the export link as busy until this cookie (the link's token) comes back
            response.header(HttpHeaders.SET_COOKIE, ResponseCookie.from("fazhiDownload", download).path("/")
                    .maxAge(Duration.ofMinutes(1)).sameSite("Lax").build().toString());
        }
        return response.body(body);
    }

    private String scope(long planId, Integer section, Long unit, UnitKind kind, PlanFigures f, Locale locale) {
        if (section != null) {
            String heading = figures.sectionHeadings(planId).getOrDefault(section, String.valueOf(section));
            return messages.getMessage("dashboard.list.scope.section", new Object[] {heading}, locale);
        }
        if (unit != null) {
            String name = f.facts().stream().filter(a -> a.unitId() == unit).map(AssignmentFact::unitName)
                    .findFirst().orElse(String.valueOf(unit));
            return messages.getMessage("dashboard.list.scope.unit", new Object[] {name}, locale);
        }
        if (kind != null) {
            return messages.getMessage("dashboard.list.scope.kind",
                    new Object[] {messages.getMessage("org.kind." + kind.name(), null, locale)}, locale);
        }
        return messages.getMessage("dashboard.list.scope.all", null, locale);
    }

    private static UnitKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return UnitKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("error.notFound");
        }
    }
}
