package org.fazhi.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fazhi.identity.AccountPrincipal;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.support.Notices;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * Another unit's data for the permission matrix: 市发展改革委 (unit B, account {@code liaison-fgw}) shares two tasks
 * of a fresh plan with 船山区 (unit A, accounts {@code liaison} and {@code leader}). Everything B owns carries one
 * random marker in its free text — a report (accepted), a draft, evidence, an adjustment request, an urge, a
 * supervision order with B's answer, a rectification with B's report, and a case in each register — so a response
 * that shows B's text to someone who may not read it is found by searching for the marker. Built through the REST
 * API as the office and as B's liaison, the way a real unit would, so the fixture follows the product's rules.
 */
@Component
class ForeignData {

    static final String UNIT_A = "船山区人民政府";
    static final String UNIT_B = "市发展改革委";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private final MockMvc mvc;
    private final UserDetailsService accounts;
    private final UnitDirectory units;
    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    /** The marker in every free text of B's data. */
    final String marker = "MXB" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    /** B's object ids by the noun a URL names them with ({@code reports}, {@code orders}, …). */
    private final Map<String, Set<Long>> ids = new LinkedHashMap<>();
    /** Optimistic-lock versions of B's objects by the same nouns, where the API shows them. */
    final Map<String, Long> versions = new LinkedHashMap<>();
    long unitA;
    long unitB;
    long plan;

    ForeignData(MockMvc mvc, UserDetailsService accounts, UnitDirectory units, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.units = units;
    }

    /** Every id of B's data, for a URL whose noun the matrix does not know. */
    Set<Long> allIds() {
        Set<Long> all = new LinkedHashSet<>();
        ids.values().forEach(all::addAll);
        return all;
    }

    /** B's ids under {@code noun} (empty when the fixture has none of that kind). */
    Set<Long> idsOf(String noun) {
        return ids.getOrDefault(noun, Set.of());
    }

    /** The one id under {@code noun}. */
    long id(String noun) {
        return ids.get(noun).iterator().next();
    }

    private void put(String noun, long id) {
        ids.computeIfAbsent(noun, n -> new LinkedHashSet<>()).add(id);
    }

    /**
     * The demo account {@code username} as a signed-in principal. The administrators are given unit B as their
     * account's unit — the worst case, since an administrator's unit must be no data scope at all.
     */
    RequestPostProcessor as(String username) {
        UserDetails details = accounts.loadUserByUsername(username);
        if (details instanceof AccountPrincipal p && p.user().roles().stream().anyMatch(Role::administrative)) {
            CurrentUser u = p.user();
            details = new AccountPrincipal(new CurrentUser(u.accountId(), u.username(), u.displayName(), unitB,
                    u.roles()), p.passwordHash(), p.enabled(), p.lockedUntil());
        }
        return SecurityMockMvcRequestPostProcessors.user(details);
    }

    void build() throws Exception {
        unitA = unit(UNIT_A);
        unitB = unit(UNIT_B);
        put("units", unitB);
        String tag = "(牵头单位:船山区人民政府;责任单位:市发展改革委;完成时限:2026年12月31日前)";
        String text = Notices.notice(Notices.docNumber(), "加强行政执法监督。开展执法案卷评查。" + tag,
                "推进政务公开。提高公开质量。" + tag).replace("2030", "2026");
        send(post("/api/plans").contentType(MediaType.TEXT_PLAIN).content(text.getBytes(StandardCharsets.UTF_8)),
                "coordinator");
        JsonNode assignments = send(get("/api/progress/units/" + unitB + "/assignments"), "coordinator");
        JsonNode mine = null;
        JsonNode other = null;
        for (JsonNode a : assignments) {
            if (mine == null || a.get("planId").asLong() > plan) {
                plan = a.get("planId").asLong();
            }
        }
        for (JsonNode a : assignments) {
            if (a.get("planId").asLong() == plan) {
                if (mine == null) {
                    mine = a;
                } else {
                    other = a;
                }
            }
        }
        put("plans", plan);
        put("tasks", mine.get("taskId").asLong());
        put("assignments", mine.get("id").asLong());
        reportingLoop(mine);
        long adjustment = send(post("/api/progress/assignments/" + other.get("id").asLong() + "/adjustments")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("kind", "WORDING", "reason", marker + " 调整"))), "liaison-fgw").asLong();
        put("adjustments", adjustment);
        supervision();
        registers();
        for (JsonNode n : send(get("/api/supervision/inbox"), "liaison-fgw")) {
            put("inbox", n.get("id").asLong());
        }
        jdbc.queryForList("select id from attachment_file where file_name like ?", Long.class, marker + "%")
                .forEach(id -> put("files", id));
        long account = jdbc.queryForObject("select id from identity_account where username = 'liaison-fgw'", Long.class);
        put("accounts", account);
        put("roles", account);
    }

    private void reportingLoop(JsonNode assignment) throws Exception {
        long id = assignment.get("id").asLong();
        send(post("/api/progress/assignments/" + id + "/sign"), "liaison-fgw");
        String accepted = assignment.get("periods").get(0).get("key").asString();
        String drafted = assignment.get("periods").get(1).get("key").asString();
        JsonNode report = send(post("/api/progress/assignments/" + id + "/reports").contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("period", accepted, "status", "IN_PROGRESS", "doneText", marker + " 已完成",
                        "nextSteps", marker + " 下一步", "percent", 60, "submit", false))), "liaison-fgw");
        long reportId = report.get("id").asLong();
        MockMultipartFile file = new MockMultipartFile("files", marker + ".pdf", "application/pdf", PDF);
        send(multipart("/api/progress/reports/" + reportId + "/attachments").file(file), "liaison-fgw");
        report = send(post("/api/progress/reports/" + reportId + "/submit").param("version",
                Long.toString(send(get("/api/progress/reports/" + reportId), "liaison-fgw").get("version").asLong())),
                "liaison-fgw");
        reportId = report.get("id").asLong();
        report = send(post("/api/progress/reports/" + reportId + "/review").contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("version", report.get("version").asLong(), "accept", true,
                        "comment", marker + " 审核意见"))), "coordinator");
        put("reports", reportId);
        versions.put("reports", report.get("version").asLong());
        send(post("/api/progress/assignments/" + id + "/reports").contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("period", drafted, "status", "IN_PROGRESS", "doneText", marker + " 草稿",
                        "submit", false))), "liaison-fgw");
    }

    private void supervision() throws Exception {
        long assignment = id("assignments");
        send(post("/api/supervision/urges").contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("assignmentIds", List.of(assignment), "message", marker + " 催办"))), "coordinator");
        JsonNode order = send(post("/api/supervision/orders").contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("unitId", unitB, "assignmentIds", List.of(assignment), "reason", marker + " 事由",
                        "requirement", marker + " 要求", "responseDays", 5))), "coordinator");
        long orderId = order.get("id").asLong();
        put("orders", orderId);
        send(post("/api/supervision/orders/" + orderId + "/responses").contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("text", marker + " 回复"))), "liaison-fgw");
        versions.put("orders", send(get("/api/supervision/orders/" + orderId), "coordinator").path("version").asLong());
        JsonNode item = send(post("/api/supervision/rectifications").contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("source", "ORDER", "sourceId", orderId, "unitId", unitB,
                        "requirement", marker + " 整改要求", "workingDays", 10))), "coordinator");
        long itemId = item.get("id").asLong();
        put("rectifications", itemId);
        MockMultipartFile file = new MockMultipartFile("files", marker + "-rect.pdf", "application/pdf", PDF);
        send(multipart("/api/supervision/rectifications/" + itemId + "/reports").file(file)
                .param("text", marker + " 整改情况").param("submit", "true"), "liaison-fgw");
        JsonNode detail = send(get("/api/supervision/rectifications/" + itemId), "coordinator");
        versions.put("rectifications", detail.path("item").path("version").asLong());
    }

    private void registers() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> recon = new LinkedHashMap<>();
        recon.put("applicant", marker + " 申请人");
        recon.put("respondentUnitId", unitB);
        recon.put("act", marker + " 被申请行为");
        recon.put("channel", "POST");
        recon.put("receivedOn", today.minusDays(3).toString());
        recon.put("knewOn", today.minusDays(20).toString());
        recon.put("toldOfRight", true);
        long recCase = send(post("/api/reconsideration/cases").contentType(MediaType.APPLICATION_JSON).content(body(recon)),
                "coordinator").get("id").asLong();
        put("reconsideration", recCase);
        put("cases", recCase);
        MockMultipartFile file = new MockMultipartFile("file", marker + "-case.pdf", "application/pdf", PDF);
        long recFile = send(multipart("/api/reconsideration/cases/" + recCase + "/files").file(file), "coordinator")
                .get("id").asLong();
        put("files", recFile);
        Map<String, Object> lit = new LinkedHashMap<>();
        lit.put("unitId", unitB);
        lit.put("court", "船山区人民法院");
        lit.put("caseNumber", "(2026)川0903行初" + marker);
        lit.put("plaintiff", marker + " 原告");
        lit.put("act", marker + " 被诉行为");
        lit.put("instance", "FIRST");
        lit.put("complaintReceivedOn", today.minusDays(2).toString());
        put("litigation", send(post("/api/litigation").contentType(MediaType.APPLICATION_JSON).content(body(lit)),
                "coordinator").get("id").asLong());
        Map<String, Object> disc = new LinkedHashMap<>();
        disc.put("unitId", unitB);
        disc.put("requesterType", "PERSON");
        disc.put("requesterName", marker + " 申请人");
        disc.put("channel", "IN_PERSON");
        disc.put("submittedOn", today.minusDays(1).toString());
        disc.put("content", marker + " 申请内容");
        put("disclosure", send(post("/api/disclosure").contentType(MediaType.APPLICATION_JSON).content(body(disc)),
                "coordinator").get("id").asLong());
        for (String register : List.of("litigation", "disclosure")) {
            MockMultipartFile pdf = new MockMultipartFile("file", marker + "-" + register + ".pdf", "application/pdf",
                    PDF);
            page(multipart("/" + register + "/" + id(register) + "/files").file(pdf), "coordinator");
        }
    }

    long unit(String name) {
        return ((NameResolution.Resolved) units.resolve(name)).unitId();
    }

    private String body(Map<String, ?> fields) {
        return json.writeValueAsString(fields);
    }

    /** Posts a page form as {@code username}; anything but a redirect fails the fixture. */
    private void page(AbstractMockHttpServletRequestBuilder<?> request, String username) throws Exception {
        MvcResult result = mvc.perform(request.with(as(username)).with(csrf())).andReturn();
        if (result.getResponse().getStatus() / 100 != 3 || result.getFlashMap().containsKey("flashError")) {
            throw new IllegalStateException("fixture page " + result.getRequest().getRequestURI() + " answered "
                    + result.getResponse().getStatus() + " " + result.getFlashMap());
        }
    }

    /** Sends as {@code username}; anything but a 2xx fails the fixture with the answer. */
    private JsonNode send(AbstractMockHttpServletRequestBuilder<?> request, String username) throws Exception {
        MvcResult result = mvc.perform(request.with(as(username)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andReturn();
        int status = result.getResponse().getStatus();
        String content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (status / 100 != 2) {
            throw new IllegalStateException("fixture step " + result.getRequest().getMethod() + " "
                    + result.getRequest().getRequestURI() + " as " + username + " answered " + status + ": " + content);
        }
        return content.isBlank() ? NullNode.getInstance() : json.readTree(content);
    }
}
