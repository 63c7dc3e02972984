package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.supervision.internal.Orders;
import org.fazhi.supervision.internal.Rectification;
import org.fazhi.supervision.internal.Rectifications;
import org.fazhi.supervision.internal.SupervisionOrder;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 整改 over the API: bad input is 422 with the message, another unit's item (a forged id) is 403, an item that
 * does not exist or another item's file is 404 — and none of them changes the item, its reports or its history.
 */
@IntegrationTest
class RectificationRefusalsIT {

    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    Orders orders;
    @Autowired
    Rectifications rectifications;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void badInputIs422ForgedIdsAre403MissingOnesAre404AndNothingChanges() throws Exception {
        AssignmentStatus a = fixtures.assignment(fixtures.plan2026(), SupervisionFixtures.CHUANSHAN);
        SupervisionOrder order = orders.issue(fixtures.user("coordinator"), new Orders.Draft(a.unitId(),
                List.of(a.id()), "逾期 " + UUID.randomUUID(), "书面说明", 5));
        Rectification open = raise(order);
        Rectification submitted = raise(order);
        rectifications.report(fixtures.user("liaison"), submitted.id(), "已整改", List.of(), true);
        String before = fingerprint(order.id());

        assertRefused(multipart("/api/supervision/rectifications/" + open.id() + "/reports").param("text", " ")
                .param("submit", "true"), "liaison", 422, "请");
        assertRefused(json(post("/api/supervision/rectifications/" + open.id() + "/void"), "{\"reason\":\"\"}"),
                "coordinator", 422, "");
        assertRefused(json(post("/api/supervision/rectifications/" + submitted.id() + "/review"),
                "{\"accept\":false,\"comment\":\" \"}"), "coordinator", 422, "");
        assertRefused(json(post("/api/supervision/rectifications"), "{\"source\":\"ORDER\",\"sourceId\":" + order.id()
                + ",\"unitId\":" + a.unitId() + ",\"requirement\":\"整改\",\"workingDays\":0}"), "coordinator", 422, "");
        assertRefused(json(post("/api/supervision/rectifications"), "{\"source\":\"ORDER\",\"sourceId\":" + order.id()
                + ",\"unitId\":" + a.unitId() + ",\"requirement\":\"\"}"), "coordinator", 422, "");
        assertRefused(json(post("/api/supervision/rectifications"), "{\"source\":\"ORDER\",\"sourceId\":" + order.id()
                + ",\"unitId\":" + a.unitId() + ",\"requirement\":\"整改\",\"dueOn\":\"2020-01-01\"}"), "coordinator",
                422, "2020-01-01");

        // another unit's liaison with 船山区's ids; the unit's own liaison doing the office's steps
        assertRefused(multipart("/api/supervision/rectifications/" + open.id() + "/reports").param("text", "伪造")
                .param("submit", "true"), "liaison-fgw", 403, null);
        assertRefused(json(post("/api/supervision/rectifications/" + submitted.id() + "/review"),
                "{\"accept\":true}"), "liaison-fgw", 403, null);
        assertRefused(json(post("/api/supervision/rectifications/" + submitted.id() + "/review"),
                "{\"accept\":true}"), "liaison", 403, null);
        assertRefused(json(post("/api/supervision/rectifications/" + open.id() + "/void"), "{\"reason\":\"伪造\"}"),
                "liaison", 403, null);
        assertRefused(post("/supervision/rectifications/" + open.id() + "/void").param("reason", "伪造").with(csrf()),
                "liaison-fgw", 403, null);
        assertRefused(get("/api/supervision/rectifications").param("unit", String.valueOf(a.unitId()))
                .param("plan", "1"), "liaison-fgw", 403, null);

        // no such item; a file asked for through another item
        assertRefused(multipart("/api/supervision/rectifications/999999999/reports").param("text", "x")
                .param("submit", "true"), "liaison", 404, null);
        assertRefused(get("/api/supervision/rectifications/" + open.id() + "/files/999999999"), "liaison", 404, null);
        assertThat(fingerprint(order.id())).isEqualTo(before);
    }

    private void assertRefused(AbstractMockHttpServletRequestBuilder<?> request, String user, int status,
                               String detail) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(csrf()).with(fixtures.as(user))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(status);
        if (status == 422) {
            assertThat(response.getContentAsString()).contains("\"messageKey\":\"error.").contains(detail);
        }
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private Rectification raise(SupervisionOrder order) {
        return rectifications.raise(fixtures.user("coordinator"), new Rectifications.Raise(Rectification.Source.ORDER,
                order.id(), order.unitId(), "整改 " + UUID.randomUUID(), 10, null));
    }

    private String fingerprint(long orderId) {
        return jdbc.queryForList("select id || state || version from supervision_rectification where source_kind ="
                + " 'ORDER' and source_id = ? order by id", String.class, orderId)
                + "|" + jdbc.queryForList("select count(*) || ':' || coalesce(string_agg(r.state || r.text, ','"
                + " order by r.id), '') from supervision_rectification_report r join supervision_rectification i"
                + " on i.id = r.rectification_id where i.source_kind = 'ORDER' and i.source_id = ?", String.class,
                orderId)
                + "|" + jdbc.queryForList("select count(*) from supervision_rectification_event e join"
                + " supervision_rectification i on i.id = e.rectification_id where i.source_kind = 'ORDER'"
                + " and i.source_id = ?", String.class, orderId)
                + "|" + jdbc.queryForList("select count(*) from supervision_rectification where source_kind = 'ORDER'"
                + " and source_id = ?", String.class, orderId);
    }
}
