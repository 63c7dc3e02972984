package org.fazhi.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.fazhi.attachment.Attachments;
import org.fazhi.progress.internal.PlanSettings;
import org.fazhi.progress.internal.ReportRow;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint of the reporting loop as every role and as the liaison of another unit: allowed or denied per
 * cell. Each cell gets fresh data (a new plan), so one cell's success cannot hide another's refusal. A denied
 * call is 403 (or 404 where a page does not exist for that role) and — for 403 — an audit entry.
 */
@IntegrationTest
class ProgressPermissionIT {

    private static final List<String> USERS = List.of("coordinator", "liaison", "leader", "liaison-fgw", "cityleader",
            "secadmin");

    /** The data one cell acts on: a 船山区 assignment in several states. */
    record Cell(long plan, long unitId, long pending, long signed, ReportRow awaitingLeader, ReportRow submitted,
                long adjustment, long file, long draft) {
    }

    @Autowired
    ProgressFixtures fixtures;
    @Autowired
    SignFor signFor;
    @Autowired
    Reporting reporting;
    @Autowired
    PlanSettings settings;
    @Autowired
    Attachments attachments;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.fazhi.progress.internal.ProgressQueries queries;
    @Autowired
    JdbcTemplate jdbc;

    private Cell cell() {
        long plan = fixtures.plan2026();
        settings.change(fixtures.user("coordinator"), new PlanSettings.Setting(plan, Frequency.QUARTERLY, 5, true));
        long pending = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN).assignment().id();
        long plan2 = fixtures.plan2026();
        settings.change(fixtures.user("coordinator"), new PlanSettings.Setting(plan2, Frequency.QUARTERLY, 5, true));
        long signed = fixtures.assignment(plan2, ProgressFixtures.CHUANSHAN).assignment().id();
        signFor.sign(fixtures.user("liaison"), signed);
        ReportRow awaiting = reporting.save(fixtures.user("liaison"), draft(signed, "2026-Q1"));
        ReportRow submitted = reporting.save(fixtures.user("liaison"), draft(signed, "2026-Q2"));
        reporting.leaderDecide(fixtures.user("leader"), submitted.id(), submitted.version(), true, null);
        submitted = queries.report(fixtures.user("coordinator"), submitted.id());
        long plan3 = fixtures.plan2026();
        long toAdjust = fixtures.assignment(plan3, ProgressFixtures.CHUANSHAN).assignment().id();
        long adjustment = signFor.requestAdjustment(fixtures.user("liaison"), toAdjust, AdjustmentKind.WORDING, "表述");
        long file = attachments.store(awaiting.evidenceOwner(), "a.pdf",
                new java.io.ByteArrayInputStream(ProgressFixtures.pdf()), "liaison").id();
        long draft = reporting.save(fixtures.user("liaison"), new Reporting.Draft(signed, "2026-Q4",
                ReportStatus.NOT_STARTED, null, null, null, null, false, null, null, List.of())).id();
        return new Cell(plan, fixtures.unit(ProgressFixtures.CHUANSHAN), pending, signed, awaiting, submitted,
                adjustment, file, draft);
    }

    private static Reporting.Draft draft(long id, String period) {
        return new Reporting.Draft(id, period, ReportStatus.IN_PROGRESS, null, "推进中", "", null, true, null, null,
                List.of());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private Map<String, Function<Cell, AbstractMockHttpServletRequestBuilder<?>>> endpoints() {
        Map<String, Function<Cell, AbstractMockHttpServletRequestBuilder<?>>> e = new LinkedHashMap<>();
        e.put("unit page", c -> get("/progress/units/" + c.unitId()));
        e.put("assignment page", c -> get("/progress/assignments/" + c.signed()));
        e.put("batch page", c -> get("/progress/units/" + c.unitId() + "/report"));
        e.put("plan overview", c -> get("/progress/plans/" + c.plan()));
        e.put("review queue", c -> get("/progress/review"));
        e.put("settings page", c -> get("/progress/plans/" + c.plan() + "/settings"));
        e.put("evidence file", c -> get("/progress/files/" + c.file()));
        e.put("api assignment", c -> get("/api/progress/assignments/" + c.signed()));
        e.put("api unit assignments", c -> get("/api/progress/units/" + c.unitId() + "/assignments"));
        e.put("api versions", c -> get("/api/progress/assignments/" + c.signed() + "/reports"));
        e.put("api reviews", c -> get("/api/progress/reviews"));
        e.put("sign", c -> post("/api/progress/assignments/" + c.pending() + "/sign").with(csrf()));
        e.put("sign page form", c -> post("/progress/assignments/" + c.pending() + "/sign").with(csrf()));
        e.put("push back", c -> json(post("/api/progress/assignments/" + c.pending() + "/adjustments"),
                "{\"kind\":\"NOT_OUR_DUTY\",\"reason\":\"非本单位职责\"}"));
        e.put("report", c -> json(post("/api/progress/assignments/" + c.signed() + "/reports"),
                "{\"period\":\"2026-Q3\",\"status\":\"IN_PROGRESS\",\"doneText\":\"推进\",\"submit\":true}"));
        e.put("attach", c -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/progress/reports/" + c.draft() + "/attachments")
                .file(new org.springframework.mock.web.MockMultipartFile("files", "b.pdf", "application/pdf",
                        ProgressFixtures.pdf())).with(csrf()));
        e.put("leader approval", c -> json(post("/api/progress/reports/" + c.awaitingLeader().id() + "/approval"),
                "{\"version\":" + c.awaitingLeader().version() + ",\"accept\":true}"));
        e.put("office review", c -> json(post("/api/progress/reports/" + c.submitted().id() + "/review"),
                "{\"version\":" + c.submitted().version() + ",\"accept\":true}"));
        e.put("adjustment decision", c -> json(post("/api/progress/adjustments/" + c.adjustment() + "/decision"),
                "{\"outcome\":\"REJECT\",\"note\":\"维持原分工\"}"));
        e.put("settings", c -> post("/progress/plans/" + c.plan() + "/settings").param("frequency", "MONTHLY")
                .param("dueWorkingDays", "3").with(csrf()));
        return e;
    }

    private static final Set<String> READERS = Set.of("coordinator", "liaison", "leader", "cityleader");
    private static final Set<String> OFFICE = Set.of("coordinator");
    private static final Set<String> LIAISON = Set.of("liaison");

    private static Set<String> allowed(String endpoint) {
        return switch (endpoint) {
            case "unit page", "assignment page", "evidence file", "api assignment", "api unit assignments",
                 "api versions" -> READERS;
            case "batch page" -> READERS;
            case "plan overview" -> Set.of("coordinator", "cityleader");
            case "review queue", "settings page", "api reviews", "office review", "adjustment decision", "settings" ->
                    OFFICE;
            case "leader approval" -> Set.of("leader");
            default -> LIAISON;
        };
    }

    @Test
    void everyEndpointAsEveryRoleAndAsAnotherUnitsLiaison() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Function<Cell, AbstractMockHttpServletRequestBuilder<?>>> endpoint : endpoints().entrySet()) {
            for (String user : USERS) {
                Cell cell = cell();
                int status = mvc.perform(endpoint.getValue().apply(cell).with(fixtures.as(user)))
                        .andReturn().getResponse().getStatus();
                boolean expectAllowed = allowed(endpoint.getKey()).contains(user);
                boolean ok = expectAllowed ? status < 400 : status == 403 || status == 404;
                if (!ok) {
                    wrong.add(endpoint.getKey() + " as " + user + ": " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aLiaisonReportingForAnotherUnitsAssignmentIsRefusedAuditedAndNothingChanges() throws Exception {
        Cell cell = cell();
        int before = jdbc.queryForObject("select count(*) from progress_report where assignment_id = ?", Integer.class,
                cell.signed());
        int status = mvc.perform(json(post("/api/progress/assignments/" + cell.signed() + "/reports"),
                        "{\"period\":\"2026-Q3\",\"status\":\"DONE\",\"doneText\":\"伪造\",\"submit\":true}")
                        .with(fixtures.as("liaison-fgw"))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from progress_report where assignment_id = ?", Integer.class,
                cell.signed())).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from identity_security_event where type = 'ACCESS_DENIED' "
                + "and username = 'liaison-fgw' and detail like ?", Integer.class,
                "%/api/progress/assignments/" + cell.signed() + "/reports%")).isEqualTo(1);
    }
}
