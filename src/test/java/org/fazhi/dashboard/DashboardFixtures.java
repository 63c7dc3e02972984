package org.fazhi.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.fazhi.identity.AccountPrincipal;
import org.fazhi.identity.CurrentUser;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.internal.PlanImportService;
import org.fazhi.progress.Frequency;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.ReportStatus;
import org.fazhi.progress.internal.PlanSettings;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.ReportRow;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.support.Notices;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A fresh 2025 plan (all due days long past) of two sections: task (一) for 船山区 (lead) and 市发展改革委, task (二)
 * for 船山区 (lead) and 遂宁高新区 — one report at the year's end (due early January 2026). With {@link #scenario}:
 * 船山区 reported (一) in time and the office accepted it as done; 市发展改革委 reported (一) late and waits for
 * review; nobody reported (二).
 */
@Component
class DashboardFixtures {

    static final String CHUANSHAN = "船山区人民政府";
    static final String FGW = "市发展改革委";
    static final String PARK = "遂宁高新区";

    /** The plan and its four assignments. */
    record Scenario(long plan, long countyTask1, long fgwTask1, long countyTask2, long parkTask2, ReportRow fgwReport) {
    }

    private final PlanImportService imports;
    private final UnitDirectory units;
    private final UserDetailsService accounts;
    private final ProgressDirectory progress;
    private final ProgressQueries queries;
    private final PlanSettings settings;
    private final SignFor signFor;
    private final Reporting reporting;
    private final JdbcTemplate jdbc;

    DashboardFixtures(PlanImportService imports, UnitDirectory units, UserDetailsService accounts,
                      ProgressDirectory progress, ProgressQueries queries, PlanSettings settings, SignFor signFor,
                      Reporting reporting, JdbcTemplate jdbc) {
        this.imports = imports;
        this.units = units;
        this.accounts = accounts;
        this.progress = progress;
        this.queries = queries;
        this.settings = settings;
        this.signFor = signFor;
        this.reporting = reporting;
        this.jdbc = jdbc;
    }

    long plan2025() {
        String text = Notices.docNumber().replace("2030", "2025") + "\n各县(市、区)人民政府,市直各部门:\n"
                + "现将《遂宁市2025年度法治政府建设工作要点》印发给你们,请认真贯彻落实。\n遂宁市人民政府办公室\n2025年3月1日\n"
                + "遂宁市2025年度法治政府建设工作要点\n一、全面推进依法行政\n"
                + "(一)加强行政执法监督。开展执法案卷评查。(牵头单位:船山区人民政府;责任单位:市发展改革委)\n"
                + "二、深化政务公开\n"
                + "(二)推进政务公开标准化规范化。(牵头单位:船山区人民政府;责任单位:遂宁高新区)\n";
        long plan = imports.save(text.getBytes(StandardCharsets.UTF_8), "t.txt", Map.of(), "coordinator");
        settings.change(user("coordinator"), new PlanSettings.Setting(plan, Frequency.FINAL, 5, false));
        return plan;
    }

    Scenario scenario() {
        long plan = plan2025();
        List<AssignmentStatus> all = progress.ofPlan(plan);
        long county1 = find(all, CHUANSHAN, "(一)");
        long fgw1 = find(all, FGW, "(一)");
        long county2 = find(all, CHUANSHAN, "(二)");
        long park2 = find(all, PARK, "(二)");
        signFor.sign(user("liaison"), county1);
        ReportRow done = reporting.save(user("liaison"), draft(county1, ReportStatus.DONE));
        // delivered on 2026-01-05, before the year-end report's due day (5 working days after 2025-12-31)
        jdbc.update("update progress_report set submitted_at = timestamptz '2026-01-05 10:00:00+08' where id = ?",
                done.id());
        done = queries.report(user("coordinator"), done.id());
        reporting.review(user("coordinator"), done.id(), done.version(), true, null);
        signFor.sign(user("liaison-fgw"), fgw1);
        ReportRow late = reporting.save(user("liaison-fgw"), draft(fgw1, ReportStatus.IN_PROGRESS));
        return new Scenario(plan, county1, fgw1, county2, park2, late);
    }

    static Reporting.Draft draft(long assignment, ReportStatus status) {
        return new Reporting.Draft(assignment, "2025-Y", status, null, "已开展案卷评查", "继续推进",
                status == ReportStatus.DONE ? 100 : 50, true, "dash-" + assignment + "-" + System.nanoTime(), null,
                List.of());
    }

    private long find(List<AssignmentStatus> all, String unitName, String label) {
        long unit = unit(unitName);
        return all.stream().filter(a -> a.unitId() == unit && a.taskText().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no assignment " + unitName + " " + label + " in " + all))
                .id();
    }

    long unit(String name) {
        return ((NameResolution.Resolved) units.resolve(name)).unitId();
    }

    CurrentUser user(String username) {
        return ((AccountPrincipal) accounts.loadUserByUsername(username)).user();
    }

    RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }
}
