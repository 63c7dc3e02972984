package org.fazhi.supervision;

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
import org.fazhi.supervision.internal.NotificationKind;
import org.fazhi.supervision.internal.Notifications;
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
    record Cell(long plan, long unitId, long assignment, long liaisonNotice) {
    }

    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    Notifications notifications;
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
        return new Cell(plan, unit, assignment, notice);
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
        return e;
    }

    static final Set<String> EVERYONE = Set.copyOf(USERS);
    static final Set<String> READERS = Set.of("coordinator", "liaison", "leader", "cityleader");
    static final Set<String> OFFICE = Set.of("coordinator");

    Set<String> allowed(String endpoint) {
        switch (endpoint) {
            case "inbox page", "api inbox":
                return EVERYONE;
            case "mark liaison's notice read", "mark liaison's notice read (form)":
                return Set.of("liaison");
            case "supervision home":
                return Set.of("coordinator", "cityleader", "liaison", "leader", "liaison-fgw");
            case "plan red list":
                return Set.of("coordinator", "cityleader");
            case "unit page", "api unit urges":
                return READERS;
            case "api urge", "api urge red", "urge form", "urge red form":
                return OFFICE;
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
