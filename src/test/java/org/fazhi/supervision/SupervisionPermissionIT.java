package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.fazhi.supervision.internal.NotificationKind;
import org.fazhi.supervision.internal.Circular;
import org.fazhi.supervision.internal.Circulars;
import org.fazhi.supervision.internal.Notifications;
import org.fazhi.supervision.internal.Orders;
import org.fazhi.supervision.internal.Rectification;
import org.fazhi.supervision.internal.Rectifications;
import org.springframework.mock.web.MockMultipartFile;
import org.fazhi.supervision.internal.SupervisionOrder;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every supervision endpoint as every role and as another unit's liaison (市发展改革委 looking at 船山区): allowed
 * or 403/404 per cell, each cell on fresh data.
 */
@IntegrationTest
class SupervisionPermissionIT {

    static final List<String> USERS = List.of("coordinator", "liaison", "leader", "liaison-fgw", "cityleader",
            "secadmin");

    /** A fresh plan, the 船山区 unit and assignment, and an inbox entry of the liaison's. */
    record Cell(long plan, long unitId, long assignment, long liaisonNotice, SupervisionOrder order,
                Circular circular, Rectification open, Rectification submitted, long fileId,
                SupervisionOrder closable) {
    }

    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    Notifications notifications;
    @Autowired
    Orders orders;
    @Autowired
    Circulars circulars;
    @Autowired
    Rectifications rectifications;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    Cell cell() {
        long plan = fixtures.plan2026();
        long unit = fixtures.unit(SupervisionFixtures.CHUANSHAN);
        long assignment = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN).id();
        String body = "cell " + plan;
        notifications.send(List.of("liaison"), NotificationKind.URGE, "supervision.notice.urge",
                List.of("u", "t", "1"), body, null);
        long notice = fixtures.inbox("liaison", body).get(0).id();
        SupervisionOrder order = orders.issue(fixtures.user("coordinator"),
                new Orders.Draft(unit, List.of(assignment), "逾期未报送", "书面说明原因及整改措施", 5));
        Circular circular = circulars.draft(fixtures.user("coordinator"), plan, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30));
        Rectification open = rectifications.raise(fixtures.user("coordinator"), new Rectifications.Raise(
                Rectification.Source.ORDER, order.id(), unit, "整改事项", 10, null));
        Rectification submitted = rectifications.raise(fixtures.user("coordinator"), new Rectifications.Raise(
                Rectification.Source.ORDER, order.id(), unit, "已报送的整改", 10, null));
        rectifications.report(fixtures.user("liaison"), submitted.id(), "已整改", List.of(new Rectifications.Upload(
                "证明.pdf", new org.springframework.core.io.ByteArrayResource(org.fazhi.attachment.Samples.pdf()))),
                true);
        long fileId = jdbc.queryForObject("select f.id from attachment_file f join supervision_rectification_report r"
                + " on f.owner = 'supervision:rectification-report:' || r.id where r.rectification_id = ?",
                Long.class, submitted.id());
        // an answered order with no 整改 items: the office may close it (the order above has open items)
        SupervisionOrder closable = orders.issue(fixtures.user("coordinator"),
                new Orders.Draft(unit, List.of(assignment), "逾期未报送", "书面说明原因", 5));
        closable = orders.respond(fixtures.user("liaison"), closable.id(), "已说明");
        return new Cell(plan, unit, assignment, notice, order, circular, open, rectifications.one(
                fixtures.user("coordinator"), submitted.id()), fileId, closable);
    }

    /** What a refused call must leave as it was: the cell's order, circular, items, reports, urges and inbox. */
    String fingerprint(Cell c) {
        return jdbc.queryForList("select state || ':' || version from supervision_order where id in (?, ?)"
                + " order by id", String.class, c.order().id(), c.closable().id())
                + "|" + jdbc.queryForList("select count(*) from supervision_order_response where order_id = ?",
                String.class, c.order().id())
                + "|" + jdbc.queryForList("select state || ':' || version from supervision_circular where id = ?",
                String.class, c.circular().id())
                + "|" + jdbc.queryForList("select count(*) from supervision_circular where plan_id = ?", String.class,
                c.plan())
                + "|" + jdbc.queryForList("select id || state || version from supervision_rectification where"
                + " source_kind = 'ORDER' and source_id = ? order by id", String.class, c.order().id())
                + "|" + jdbc.queryForList("select count(*) || ':' || coalesce(max(r.state), '') from"
                + " supervision_rectification_report r join supervision_rectification i on i.id = r.rectification_id"
                + " where i.source_id = ?", String.class, c.order().id())
                + "|" + jdbc.queryForList("select count(*) from supervision_urge where assignment_id = ?", String.class,
                c.assignment())
                + "|" + jdbc.queryForList("select count(*) from supervision_order o join supervision_order_assignment a"
                + " on a.order_id = o.id where a.assignment_id = ?", String.class, c.assignment())
                + "|" + jdbc.queryForList("select read_at is null from supervision_notification where id = ?",
                String.class, c.liaisonNotice());
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    Map<String, Function<Cell, AbstractMockHttpServletRequestBuilder<?>>> endpoints() {
        Map<String, Function<Cell, AbstractMockHttpServletRequestBuilder<?>>> e = new LinkedHashMap<>();
        e.put("inbox page", c -> get("/inbox"));
        e.put("api inbox", c -> get("/api/supervision/inbox"));
        e.put("mark liaison's notice read", c -> post("/api/supervision/inbox/" + c.liaisonNotice() + "/read")
                .with(csrf()));
        e.put("mark liaison's notice read (form)", c -> post("/inbox/" + c.liaisonNotice() + "/read").with(csrf()));
        e.put("api preference", c -> get("/api/supervision/preference"));
        e.put("api choose preference", c -> json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/supervision/preference"), "{\"mode\":\"DIGEST\"}"));
        e.put("choose preference (form)", c -> post("/inbox/preference").param("mode", "DIGEST").with(csrf()));
        e.put("supervision home", c -> get("/supervision"));
        e.put("plan red list", c -> get("/supervision/plans/" + c.plan()));
        e.put("unit page", c -> get("/supervision/units/" + c.unitId()));
        e.put("api unit urges", c -> get("/api/supervision/units/" + c.unitId() + "/urges"));
        e.put("api urge", c -> json(post("/api/supervision/urges"),
                "{\"assignmentIds\":[" + c.assignment() + "],\"message\":\"请尽快报送\"}"));
        e.put("api urge red", c -> json(post("/api/supervision/plans/" + c.plan() + "/urge-red"),
                "{\"message\":\"请尽快报送\"}"));
        e.put("urge form", c -> post("/supervision/assignments/" + c.assignment() + "/urge")
                .param("message", "请尽快报送").with(csrf()));
        e.put("urge red form", c -> post("/supervision/plans/" + c.plan() + "/urge-red")
                .param("message", "请尽快报送").with(csrf()));
        e.put("orders list", c -> get("/supervision/orders"));
        e.put("orders of the unit", c -> get("/supervision/orders").param("unit", String.valueOf(c.unitId())));
        e.put("order page", c -> get("/supervision/orders/" + c.order().id()));
        e.put("order docx", c -> get("/supervision/orders/" + c.order().id() + "/document.docx"));
        e.put("api order", c -> get("/api/supervision/orders/" + c.order().id()));
        e.put("api orders of the unit", c -> get("/api/supervision/orders").param("unit", String.valueOf(c.unitId())));
        e.put("new order form", c -> get("/supervision/orders/new").param("unit", String.valueOf(c.unitId())));
        e.put("api issue order", c -> json(post("/api/supervision/orders"), "{\"unitId\":" + c.unitId()
                + ",\"assignmentIds\":[" + c.assignment() + "],\"reason\":\"逾期\",\"requirement\":\"说明\"}"));
        e.put("issue order form", c -> post("/supervision/orders").param("unit", String.valueOf(c.unitId()))
                .param("assignments", String.valueOf(c.assignment())).param("reason", "逾期")
                .param("requirement", "说明").with(csrf()));
        e.put("api respond", c -> json(post("/api/supervision/orders/" + c.order().id() + "/responses"),
                "{\"text\":\"已整改\"}"));
        e.put("respond form", c -> post("/supervision/orders/" + c.order().id() + "/responses")
                .param("text", "已整改").with(csrf()));
        e.put("api close", c -> json(post("/api/supervision/orders/" + c.closable().id() + "/close"),
                "{\"version\":" + c.closable().version() + ",\"note\":\"办结\"}"));
        e.put("close form", c -> post("/supervision/orders/" + c.closable().id() + "/close")
                .param("version", String.valueOf(c.closable().version())).with(csrf()));
        e.put("circulars list", c -> get("/supervision/circulars"));
        e.put("draft circular page", c -> get("/supervision/circulars/" + c.circular().id()));
        e.put("draft circular docx", c -> get("/supervision/circulars/" + c.circular().id() + "/document.docx"));
        e.put("draft a circular", c -> post("/supervision/circulars").param("plan", String.valueOf(c.plan()))
                .param("from", "2026-01-01").param("to", "2026-06-30").with(csrf()));
        e.put("edit a circular", c -> post("/supervision/circulars/" + c.circular().id())
                .param("version", String.valueOf(c.circular().version())).param("title", "通报").param("body", "正文")
                .with(csrf()));
        e.put("publish a circular", c -> post("/supervision/circulars/" + c.circular().id() + "/publish")
                .param("version", String.valueOf(c.circular().version())).param("audience", "LEADERS").with(csrf()));
        e.put("rectifications list", c -> get("/supervision/rectifications"));
        e.put("rectifications of the unit", c -> get("/supervision/rectifications")
                .param("unit", String.valueOf(c.unitId())).param("state", "OPEN"));
        e.put("rectifications of the plan", c -> get("/supervision/rectifications")
                .param("plan", String.valueOf(c.plan())).param("open", "true"));
        e.put("api rectifications of the plan", c -> get("/api/supervision/rectifications")
                .param("plan", String.valueOf(c.plan())).param("open", "true"));
        e.put("rectification page", c -> get("/supervision/rectifications/" + c.open().id()));
        e.put("rectification file", c -> get("/supervision/rectifications/" + c.submitted().id() + "/files/"
                + c.fileId()));
        e.put("raise rectification (form)", c -> post("/supervision/rectifications").param("source", "ORDER")
                .param("sourceId", String.valueOf(c.order().id())).param("unit", String.valueOf(c.unitId()))
                .param("requirement", "整改").param("days", "5").with(csrf()));
        e.put("report rectification (form)", c -> multipart("/supervision/rectifications/" + c.open().id() + "/report")
                .file(new MockMultipartFile("files", "a.pdf", "application/pdf", org.fazhi.attachment.Samples.pdf()))
                .param("text", "已整改").param("action", "submit").with(csrf()));
        e.put("review rectification (form)", c -> post("/supervision/rectifications/" + c.submitted().id() + "/review")
                .param("version", String.valueOf(c.submitted().version())).param("decision", "accept").with(csrf()));
        e.put("void rectification (form)", c -> post("/supervision/rectifications/" + c.open().id() + "/void")
                .param("reason", "重复").with(csrf()));
        e.put("api rectifications of the unit", c -> get("/api/supervision/rectifications")
                .param("unit", String.valueOf(c.unitId())));
        e.put("api rectification", c -> get("/api/supervision/rectifications/" + c.open().id()));
        e.put("api rectification file", c -> get("/api/supervision/rectifications/" + c.submitted().id() + "/files/"
                + c.fileId()));
        e.put("api raise rectification", c -> json(post("/api/supervision/rectifications"), "{\"source\":\"ORDER\","
                + "\"sourceId\":" + c.order().id() + ",\"unitId\":" + c.unitId() + ",\"requirement\":\"整改\"}"));
        e.put("api report rectification", c -> multipart("/api/supervision/rectifications/" + c.open().id()
                + "/reports").param("text", "已整改").param("submit", "true").with(csrf()));
        e.put("api review rectification", c -> json(post("/api/supervision/rectifications/" + c.submitted().id()
                + "/review"), "{\"accept\":false,\"comment\":\"补充材料\"}"));
        e.put("api void rectification", c -> json(post("/api/supervision/rectifications/" + c.open().id() + "/void"),
                "{\"reason\":\"重复\"}"));
        e.put("api circulars list", c -> get("/api/supervision/circulars"));
        e.put("api draft circular", c -> get("/api/supervision/circulars/" + c.circular().id()));
        e.put("api draft circular docx", c -> get("/api/supervision/circulars/" + c.circular().id() + "/document.docx"));
        e.put("api draft a circular", c -> json(post("/api/supervision/circulars"), "{\"planId\":" + c.plan()
                + ",\"from\":\"2026-01-01\",\"to\":\"2026-06-30\"}"));
        e.put("api edit a circular", c -> json(put("/api/supervision/circulars/" + c.circular().id()),
                "{\"version\":" + c.circular().version() + ",\"title\":\"通报\",\"body\":\"正文\"}"));
        e.put("api publish a circular", c -> json(post("/api/supervision/circulars/" + c.circular().id()
                + "/publish"), "{\"version\":" + c.circular().version() + ",\"audience\":\"LEADERS\"}"));
        return e;
    }

    static final Set<String> EVERYONE = Set.copyOf(USERS);
    static final Set<String> READERS = Set.of("coordinator", "liaison", "leader", "cityleader");
    static final Set<String> OFFICE = Set.of("coordinator");

    Set<String> allowed(String endpoint) {
        switch (endpoint) {
            case "inbox page", "api inbox", "api preference", "api choose preference", "choose preference (form)":
                return EVERYONE;
            case "mark liaison's notice read", "mark liaison's notice read (form)":
                return Set.of("liaison");
            case "supervision home":
                return Set.of("coordinator", "cityleader", "liaison", "leader", "liaison-fgw");
            case "plan red list":
                return Set.of("coordinator", "cityleader");
            case "unit page", "api unit urges":
                return READERS;
            case "api urge", "api urge red", "urge form", "urge red form", "new order form", "api issue order",
                 "issue order form", "api close", "close form":
                return OFFICE;
            case "orders list":
                return Set.of("coordinator", "liaison", "leader", "liaison-fgw", "cityleader");
            case "orders of the unit", "order page", "order docx", "api order", "api orders of the unit":
                return READERS;
            case "circulars list":
                return EVERYONE;
            case "draft circular page", "draft circular docx":
                return Set.of("coordinator", "cityleader");
            case "draft a circular", "edit a circular", "publish a circular", "api draft a circular",
                 "api edit a circular", "api publish a circular":
                return OFFICE;
            case "rectifications list", "rectifications of the plan", "api rectifications of the plan":
                return Set.of("coordinator", "liaison", "leader", "liaison-fgw", "cityleader");
            case "rectifications of the unit", "rectification page", "rectification file",
                 "api rectifications of the unit", "api rectification", "api rectification file":
                return READERS;
            case "raise rectification (form)", "review rectification (form)", "void rectification (form)",
                 "api raise rectification", "api review rectification", "api void rectification":
                return OFFICE;
            case "report rectification (form)", "api report rectification":
                return Set.of("liaison");
            case "api circulars list":
                return EVERYONE;
            case "api draft circular", "api draft circular docx":
                return Set.of("coordinator", "cityleader");
            case "api respond", "respond form":
                return Set.of("liaison");
            default:
                return Set.of();
        }
    }

    @Test
    void everyEndpointAsEveryRoleAndAsAnotherUnitsLiaison() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Function<Cell, AbstractMockHttpServletRequestBuilder<?>>> endpoint
                : endpoints().entrySet()) {
            for (String user : USERS) {
                Cell cell = cell();
                String before = fingerprint(cell);
                int status = mvc.perform(endpoint.getValue().apply(cell).with(fixtures.as(user)))
                        .andReturn().getResponse().getStatus();
                boolean expectAllowed = allowed(endpoint.getKey()).contains(user);
                boolean ok = expectAllowed ? status < 400 : status == 403 || status == 404;
                if (!ok) {
                    wrong.add(endpoint.getKey() + " as " + user + ": " + status);
                }
                if (!expectAllowed && !before.equals(fingerprint(cell))) {
                    wrong.add(endpoint.getKey() + " as " + user + ": refused but changed " + before + " → "
                            + fingerprint(cell));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anotherUnitsLiaisonUrgingChangesNothing() throws Exception {
        Cell cell = cell();
        int status = mvc.perform(json(post("/api/supervision/urges"),
                "{\"assignmentIds\":[" + cell.assignment() + "],\"message\":\"伪造催办\"}").with(fixtures.as("liaison-fgw")))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from supervision_urge where assignment_id = ?", Integer.class,
                cell.assignment())).isZero();
        assertThat(notifications.of("liaison", 100).stream().filter(n -> n.id() == cell.liaisonNotice())
                .findFirst().orElseThrow().unread()).isTrue();
    }
}
