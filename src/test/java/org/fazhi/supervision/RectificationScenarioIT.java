package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fazhi.attachment.Samples;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.TrackedDeadline;
import org.fazhi.plan.TrafficLight;
import org.fazhi.platform.DomainException;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.supervision.internal.Circular;
import org.fazhi.supervision.internal.Circulars;
import org.fazhi.supervision.internal.DeliveryMode;
import org.fazhi.supervision.internal.Orders;
import org.fazhi.supervision.internal.Rectification;
import org.fazhi.supervision.internal.RectificationDetail;
import org.fazhi.supervision.internal.RectificationEvent;
import org.fazhi.supervision.internal.RectificationReport;
import org.fazhi.supervision.internal.RectificationState;
import org.fazhi.supervision.internal.Rectifications;
import org.fazhi.supervision.internal.SupervisionOrder;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 整改 end to end: an order from issue to closure with a rectification reported with a PDF, returned, revised
 * and accepted; an item raised from a published circular; refusals that change nothing; a deadline across the
 * 2026 National Day holiday counted by hand; a double submit; the red light of an overdue item.
 */
@IntegrationTest
class RectificationScenarioIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    Orders orders;
    @Autowired
    Circulars circulars;
    @Autowired
    Rectifications rectifications;
    @Autowired
    CalendarManagement calendar;
    @Autowired
    SupervisionDirectory directory;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.fazhi.supervision.internal.DigestComposer composer;
    @Autowired
    org.fazhi.identity.AccountDirectory accounts;
    @Autowired
    JdbcTemplate jdbc;

    SupervisionOrder order(AssignmentStatus a) {
        return orders.issue(fixtures.user("coordinator"), new Orders.Draft(a.unitId(), List.of(a.id()),
                "逾期未报送 " + UUID.randomUUID(), "书面说明原因及整改措施", 5));
    }

    int reportsOf(long id) {
        return jdbc.queryForObject("select count(*) from supervision_rectification_report where rectification_id = ?",
                Integer.class, id);
    }

    @Test
    void anOrderFromIssueToClosureWithRectification() throws Exception {
        long plan = fixtures.plan2026();
        AssignmentStatus a = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        SupervisionOrder order = order(a);
        orders.respond(fixtures.user("liaison"), order.id(), "已说明逾期原因");
        String requirement = "补报三个季度进展并建立台账 " + UUID.randomUUID();

        String raised = mvc.perform(post("/api/supervision/rectifications").with(csrf()).with(fixtures.as("coordinator"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"source\":\"ORDER\",\"sourceId\":" + order.id()
                                + ",\"unitId\":" + a.unitId() + ",\"requirement\":\"" + requirement + "\",\"workingDays\":10}"))
                .andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(raised).get("id").asLong();
        assertThat(fixtures.inbox("liaison", requirement)).hasSize(1);
        assertThat(directory.openCounts(plan, a.unitId())).isEqualTo(new OpenSupervision(1, 1, 0));

        int status = mvc.perform(multipart("/api/supervision/rectifications/" + id + "/reports")
                        .file(new MockMultipartFile("files", "整改台账.pdf", "application/pdf", Samples.pdf()))
                        .param("text", "已补报并建立台账").param("submit", "true").with(csrf()).with(fixtures.as("liaison")))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(200);
        assertThat(fixtures.inbox("coordinator", "已补报并建立台账")).isNotEmpty();

        mvc.perform(post("/api/supervision/rectifications/" + id + "/review").with(csrf())
                .with(fixtures.as("coordinator")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"accept\":false,\"comment\":\"台账缺少责任人\"}"));
        assertThat(rectifications.one(fixtures.user("coordinator"), id).state()).isEqualTo(RectificationState.RETURNED);
        assertThat(fixtures.inbox("liaison", "台账缺少责任人")).hasSize(1);

        mvc.perform(multipart("/supervision/rectifications/" + id + "/report")
                .file(new MockMultipartFile("files", "台账（修订）.pdf", "application/pdf", Samples.pdf()))
                .param("text", "已补充责任人").param("action", "submit").with(csrf()).with(fixtures.as("liaison")));
        Rectification accepted = rectifications.review(fixtures.user("coordinator"), id, null, true, "同意");
        assertThat(accepted.state()).isEqualTo(RectificationState.ACCEPTED);
        assertThat(accepted.closedBy()).isEqualTo("coordinator");
        assertThat(fixtures.inbox("liaison", "同意")).isNotEmpty();

        RectificationDetail detail = rectifications.detail(fixtures.user("leader"), id);
        assertThat(detail.light()).isNull();
        List<RectificationReport> reports = detail.reports();
        assertThat(reports).extracting(RectificationReport::text).containsExactly("已补报并建立台账", "已补充责任人");
        assertThat(reports).extracting(RectificationReport::state).containsExactly(RectificationReport.State.RETURNED,
                RectificationReport.State.ACCEPTED);
        assertThat(reports.get(0).reviewComment()).isEqualTo("台账缺少责任人");
        assertThat(reports.get(0).files()).extracting(f -> f.fileName()).containsExactly("整改台账.pdf");
        assertThat(reports.get(1).files()).hasSize(1);
        assertThat(detail.history()).extracting(RectificationEvent::to).containsExactly(RectificationState.OPEN,
                RectificationState.SUBMITTED, RectificationState.RETURNED, RectificationState.SUBMITTED,
                RectificationState.ACCEPTED);
        assertThat(detail.history()).extracting(RectificationEvent::actor).containsExactly("coordinator", "liaison",
                "coordinator", "liaison", "coordinator");

        long fileId = reports.get(0).files().get(0).id();
        assertThat(mvc.perform(get("/supervision/rectifications/" + id + "/files/" + fileId).with(fixtures.as("leader")))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/supervision/rectifications/" + id + "/files/" + fileId)
                .with(fixtures.as("liaison-fgw"))).andReturn().getResponse().getStatus()).isEqualTo(403);

        int late = mvc.perform(multipart("/api/supervision/rectifications/" + id + "/reports").param("text", "再报一次")
                .param("submit", "true").with(csrf()).with(fixtures.as("liaison"))).andReturn().getResponse().getStatus();
        assertThat(late).isEqualTo(422);
        assertThat(reportsOf(id)).isEqualTo(2);

        SupervisionOrder closed = orders.close(fixtures.user("coordinator"), order.id(), orders.one(
                fixtures.user("coordinator"), order.id()).version(), "整改到位，办结");
        assertThat(closed.closed()).isTrue();
        assertThat(directory.openCounts(plan, a.unitId())).isEqualTo(new OpenSupervision(0, 0, 0));
        String page = mvc.perform(get("/supervision/orders/" + order.id()).with(fixtures.as("liaison")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(requirement).contains("已通过（办结）");
    }

    @Test
    void anItemRaisedFromAPublishedCircularOnlyForAUnitOfItsPlan() {
        long plan = fixtures.plan2026();
        AssignmentStatus a = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        Circular circular = circulars.draft(fixtures.user("coordinator"), plan, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30));
        Rectifications.Raise raise = new Rectifications.Raise(Rectification.Source.CIRCULAR, circular.id(),
                a.unitId(), "针对通报问题逐项整改", 10, null);
        assertThatThrownBy(() -> rectifications.raise(fixtures.user("coordinator"), raise))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey",
                        "error.supervision.rectification.circularDraft");
        circulars.publish(fixtures.user("coordinator"), circular.id(), circular.version(), Circular.Audience.ALL_UNITS);
        long notInPlan = fixtures.unit("市司法局");
        int before = count(circular.id());
        assertThatThrownBy(() -> rectifications.raise(fixtures.user("coordinator"), new Rectifications.Raise(
                Rectification.Source.CIRCULAR, circular.id(), notInPlan, "整改", 10, null)))
                .hasFieldOrPropertyWithValue("messageKey", "error.supervision.rectification.notAddressee");
        assertThat(count(circular.id())).isEqualTo(before);

        Rectification item = rectifications.raise(fixtures.user("coordinator"), raise);
        assertThat(item.planId()).isEqualTo(plan);
        assertThat(item.sourceLabel()).isEqualTo(circular.title());
        assertThat(rectifications.list(fixtures.user("liaison"), null, RectificationState.OPEN))
                .extracting(Rectification::id).contains(item.id());
        assertThat(rectifications.list(fixtures.user("liaison-fgw"), null, null)).extracting(Rectification::id)
                .doesNotContain(item.id());
        assertThat(directory.openCounts(plan, null).openRectifications()).isEqualTo(1);
        String digest = composer.compose(accounts.byUsername("liaison").orElseThrow(), LocalDate.of(2026, 12, 1),
                DeliveryMode.DIGEST, new java.util.HashMap<>()).orElseThrow().text();
        assertThat(digest).contains("【未办结的整改事项】").contains("针对通报问题逐项整改");
    }

    int count(long circularId) {
        return jdbc.queryForObject("select count(*) from supervision_rectification where source_kind = 'CIRCULAR'"
                + " and source_id = ?", Integer.class, circularId);
    }

    @Test
    void aDeadlineAcrossTheNationalDayHolidayIsCountedOnTheOfficialCalendar() {
        AssignmentStatus a = fixtures.assignment(fixtures.plan2026(), SupervisionFixtures.CHUANSHAN);
        SupervisionOrder order = order(a);
        // raised Mon 2026-09-28; 5 working days: Tue 09-29 (1), Wed 09-30 (2), 10-01..10-07 off (国庆),
        // Thu 10-08 (3), Fri 10-09 (4), Sat 10-10 is a make-up working day (5)
        Rectification byDays = rectifications.raise(fixtures.user("coordinator"), new Rectifications.Raise(
                Rectification.Source.ORDER, order.id(), a.unitId(), "五个工作日内整改", 5, null), LocalDate.of(2026, 9, 28));
        assertThat(byDays.dueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
        // a date inside the holiday moves to the next working day, Thu 10-08
        Rectification byDate = rectifications.raise(fixtures.user("coordinator"), new Rectifications.Raise(
                Rectification.Source.ORDER, order.id(), a.unitId(), "节前整改", null, LocalDate.of(2026, 10, 3)),
                LocalDate.of(2026, 9, 28));
        assertThat(byDate.dueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
        TrackedDeadline inFeed = calendar.openDeadlinesFor("liaison").stream()
                .filter(d -> d.id().equals("supervision:rectification:" + byDays.id())).findFirst().orElseThrow();
        assertThat(calendar.deadline(inFeed.request())).isEqualTo(LocalDate.of(2026, 10, 10));
        // the clock is past October 2026: both are overdue and red
        assertThat(rectifications.detail(fixtures.user("coordinator"), byDays.id()).light()).isEqualTo(TrafficLight.RED);
        assertThat(calendar.openDeadlinesFor("liaison-fgw")).extracting(TrackedDeadline::id)
                .doesNotContain("supervision:rectification:" + byDays.id());
    }

    @Test
    void refusalsChangeNothing() throws Exception {
        AssignmentStatus a = fixtures.assignment(fixtures.plan2026(), SupervisionFixtures.CHUANSHAN);
        SupervisionOrder order = order(a);
        long fgw = fixtures.unit(SupervisionFixtures.FGW);
        int before = jdbc.queryForObject("select count(*) from supervision_rectification where source_id = ?"
                + " and source_kind = 'ORDER'", Integer.class, order.id());
        int status = mvc.perform(post("/api/supervision/rectifications").with(csrf()).with(fixtures.as("coordinator"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"source\":\"ORDER\",\"sourceId\":" + order.id()
                        + ",\"unitId\":" + fgw + ",\"requirement\":\"整改\"}")).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from supervision_rectification where source_id = ?"
                + " and source_kind = 'ORDER'", Integer.class, order.id())).isEqualTo(before);

        Rectification item = rectifications.raise(fixtures.user("coordinator"), new Rectifications.Raise(
                Rectification.Source.ORDER, order.id(), a.unitId(), "整改 " + UUID.randomUUID(), null, null));
        int forged = mvc.perform(multipart("/api/supervision/rectifications/" + item.id() + "/reports")
                .param("text", "伪造").param("submit", "true").with(csrf()).with(fixtures.as("liaison-fgw")))
                .andReturn().getResponse().getStatus();
        assertThat(forged).isEqualTo(403);
        assertThat(mvc.perform(get("/supervision/rectifications/" + item.id()).with(fixtures.as("liaison-fgw")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/supervision/rectifications").param("unit", String.valueOf(a.unitId()))
                .with(fixtures.as("liaison-fgw"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(reportsOf(item.id())).isZero();

        // two submits at once: the row lock lets one through, the other is told
        rectifications.report(fixtures.user("liaison"), item.id(), "草稿", List.of(), false);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Boolean> submit = () -> {
            try {
                rectifications.report(fixtures.user("liaison"), item.id(), "已整改", List.of(), true);
                return true;
            } catch (DomainException e) {
                return false;
            }
        };
        List<Future<Boolean>> results = pool.invokeAll(List.of(submit, submit));
        pool.shutdown();
        assertThat(results.stream().filter(f -> {
            try {
                return f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count()).isEqualTo(1);
        assertThat(reportsOf(item.id())).isEqualTo(1);
        assertThat(rectifications.one(fixtures.user("liaison"), item.id()).state())
                .isEqualTo(RectificationState.SUBMITTED);
        assertThat(jdbc.queryForObject("select count(*) from supervision_rectification_event where"
                + " rectification_id = ? and to_state = 'SUBMITTED'", Integer.class, item.id())).isEqualTo(1);

        Rectification voided = rectifications.voidItem(fixtures.user("coordinator"), item.id(), "重复立项");
        assertThat(voided.state()).isEqualTo(RectificationState.VOIDED);
        assertThat(voided.closingNote()).isEqualTo("重复立项");
        assertThatThrownBy(() -> rectifications.review(fixtures.user("coordinator"), item.id(), null, true, null))
                .hasFieldOrPropertyWithValue("messageKey", "error.supervision.rectification.closed");
    }
}
