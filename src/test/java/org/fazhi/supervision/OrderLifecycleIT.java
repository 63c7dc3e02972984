package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.platform.DomainException;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.supervision.internal.NotificationKind;
import org.fazhi.supervision.internal.OrderState;
import org.fazhi.supervision.internal.Orders;
import org.fazhi.supervision.internal.Rectification;
import org.fazhi.supervision.internal.Rectifications;
import org.fazhi.supervision.internal.SupervisionOrder;
import org.springframework.http.MediaType;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** 督办 from issue to closure: refusals, notices, the working-day deadline, escalation and the Word document. */
@IntegrationTest
class OrderLifecycleIT {

    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    Orders orders;
    @Autowired
    ProgressDirectory progress;
    @Autowired
    CalendarManagement calendar;
    @Autowired
    MockMvc mvc;
    @Autowired
    Rectifications rectifications;
    @Autowired
    org.fazhi.organization.UnitDirectory units;

    @Test
    void anOrderFromIssueToClosure() throws Exception {
        long plan = fixtures.plan2026();
        AssignmentStatus chuanshan = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        String reason = "执法监督任务逾期未报送 " + UUID.randomUUID();
        SupervisionOrder order = orders.issue(fixtures.user("coordinator"), new Orders.Draft(chuanshan.unitId(),
                List.of(chuanshan.id()), reason, "书面说明逾期原因和整改措施", 3));

        assertThat(order.number()).matches("督办〔" + progress.today().getYear() + "〕\\d+号");
        assertThat(order.state()).isEqualTo(OrderState.OPEN);
        assertThat(order.issuedOn()).isEqualTo(progress.today());
        assertThat(order.dueOn()).isEqualTo(calendar.calendar().addWorkingDays(progress.today(), 3));
        assertThat(order.items()).extracting(SupervisionOrder.Item::assignmentId).containsExactly(chuanshan.id());
        assertThat(fixtures.inbox("liaison", reason)).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.ORDER));
        assertThat(fixtures.inbox("leader", reason)).isEmpty();

        assertThatThrownBy(() -> orders.respond(fixtures.user("liaison-fgw"), order.id(), "伪造"))
                .isInstanceOf(AccessDeniedException.class);
        String answer = "已完成整改 " + UUID.randomUUID();
        SupervisionOrder responded = orders.respond(fixtures.user("liaison"), order.id(), answer);
        assertThat(responded.state()).isEqualTo(OrderState.RESPONDED);
        assertThat(responded.responses()).extracting(SupervisionOrder.Response::respondedBy).containsExactly("liaison");
        assertThat(fixtures.inbox("coordinator", answer)).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.ORDER_RESPONDED));

        SupervisionOrder closed = orders.close(fixtures.user("coordinator"), order.id(), responded.version(), "同意办结");
        assertThat(closed.state()).isEqualTo(OrderState.CLOSED);
        assertThat(closed.closedBy()).isEqualTo("coordinator");
        assertThatThrownBy(() -> orders.respond(fixtures.user("liaison"), order.id(), "补充"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.supervision.order.closed");
        assertThat(orders.one(fixtures.user("coordinator"), order.id()).responses()).hasSize(1);
    }

    @Test
    void closingIsRefusedWhileARectificationIsOpenOrWithoutResponseAndNote() throws Exception {
        long plan = fixtures.plan2026();
        AssignmentStatus chuanshan = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        SupervisionOrder order = orders.issue(fixtures.user("coordinator"), new Orders.Draft(chuanshan.unitId(),
                List.of(chuanshan.id()), "逾期 " + UUID.randomUUID(), "书面说明", 5));
        Rectification first = rectifications.raise(fixtures.user("coordinator"), new Rectifications.Raise(
                Rectification.Source.ORDER, order.id(), chuanshan.unitId(), "整改一", 5, null));
        Rectification second = rectifications.raise(fixtures.user("coordinator"), new Rectifications.Raise(
                Rectification.Source.ORDER, order.id(), chuanshan.unitId(), "整改二", 5, null));

        SupervisionOrder responded = orders.respond(fixtures.user("liaison"), order.id(), "已说明原因");
        String page = mvc.perform(get("/supervision/orders/" + order.id()).with(fixtures.as("coordinator")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"close-blocked\"").contains("尚有 2 项整改未完结");

        // two items open: refused naming the count, nothing changed
        DomainException refused = closeException(order.id(), "同意办结");
        assertThat(refused.messageKey()).isEqualTo("error.supervision.order.openRectifications");
        assertThat(refused.args()).containsExactly(order.number(), "2");
        var api = mvc.perform(post("/api/supervision/orders/" + order.id() + "/close")
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + responded.version()
                        + ",\"note\":\"办结\"}").with(csrf()).with(fixtures.as("coordinator"))
                .cookie(new jakarta.servlet.http.Cookie("FAZHI_LANG", "en"))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(422);
        assertThat(api.getContentAsString()).contains("2 open rectification item(s)");
        assertUnchanged(order.id(), OrderState.RESPONDED, responded.version());

        rectifications.report(fixtures.user("liaison"), first.id(), "已整改", List.of(), true);
        rectifications.review(fixtures.user("coordinator"), first.id(), null, true, "通过");
        assertThat(closeException(order.id(), "同意办结").args()).containsExactly(order.number(), "1");
        assertUnchanged(order.id(), OrderState.RESPONDED, responded.version());

        rectifications.voidItem(fixtures.user("coordinator"), second.id(), "重复");
        assertThat(orders.close(fixtures.user("coordinator"), order.id(), responded.version(), null).state())
                .isEqualTo(OrderState.CLOSED);
    }

    @Test
    void anUnansweredOrderClosesOnlyWithANote() {
        long plan = fixtures.plan2026();
        AssignmentStatus chuanshan = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        SupervisionOrder order = orders.issue(fixtures.user("coordinator"), new Orders.Draft(chuanshan.unitId(),
                List.of(chuanshan.id()), "逾期 " + UUID.randomUUID(), "书面说明", 5));
        assertThat(closeRefusal(order.id(), "  ")).isEqualTo("error.supervision.order.noResponse");
        assertUnchanged(order.id(), OrderState.OPEN, order.version());
        SupervisionOrder closed = orders.close(fixtures.user("coordinator"), order.id(), order.version(),
                "已电话督促，单位已落实");
        assertThat(closed.state()).isEqualTo(OrderState.CLOSED);
        assertThat(closed.closingNote()).isEqualTo("已电话督促，单位已落实");
    }

    private void assertUnchanged(long orderId, OrderState state, long version) {
        SupervisionOrder now = orders.one(fixtures.user("coordinator"), orderId);
        assertThat(now.state()).isEqualTo(state);
        assertThat(now.version()).isEqualTo(version);
        assertThat(now.closedBy()).isNull();
    }

    private DomainException closeException(long orderId, String note) {
        long version = orders.one(fixtures.user("coordinator"), orderId).version();
        try {
            orders.close(fixtures.user("coordinator"), orderId, version, note);
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("closing was accepted");
    }

    private String closeRefusal(long orderId, String note) {
        return closeException(orderId, note).messageKey();
    }

    @Test
    void anOrderWithoutUnitOrAssignmentOrForAnotherUnitsAssignmentIsRefused() {
        long plan = fixtures.plan2026();
        AssignmentStatus chuanshan = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        AssignmentStatus fgw = fixtures.assignment(plan, SupervisionFixtures.FGW);
        assertThat(refusal(new Orders.Draft(null, List.of(chuanshan.id()), "r", "q", 5)))
                .isEqualTo("error.supervision.order.noUnit");
        assertThat(refusal(new Orders.Draft(chuanshan.unitId(), List.of(), "r", "q", 5)))
                .isEqualTo("error.supervision.order.noAssignment");
        assertThat(refusal(new Orders.Draft(chuanshan.unitId(), List.of(chuanshan.id(), fgw.id()), "r", "q", 5)))
                .isEqualTo("error.supervision.order.otherUnit");
        assertThat(refusal(new Orders.Draft(chuanshan.unitId(), List.of(chuanshan.id()), " ", "q", 5)))
                .isEqualTo("error.supervision.order.reasonRequired");
        assertThat(orders.list(fixtures.user("coordinator"), chuanshan.unitId()))
                .noneMatch(o -> o.items().stream().anyMatch(i -> i.assignmentId() == chuanshan.id()));
    }

    @Test
    void anUnansweredOrderPastItsDeadlineReachesTheLeadersOnce() {
        long plan = fixtures.plan2026();
        AssignmentStatus chuanshan = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        String reason = "逾期督办 " + UUID.randomUUID();
        SupervisionOrder order = orders.issue(fixtures.user("coordinator"), new Orders.Draft(chuanshan.unitId(),
                List.of(chuanshan.id()), reason, "说明", 1));

        orders.escalateOverdue(order.dueOn());
        assertThat(fixtures.inbox("leader", reason)).isEmpty();
        orders.escalateOverdue(order.dueOn().plusDays(1));
        orders.escalateOverdue(order.dueOn().plusDays(2));
        assertThat(fixtures.inbox("leader", reason)).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.ORDER_ESCALATED));
        assertThat(orders.one(fixtures.user("leader"), order.id()).escalatedAt()).isNotNull();
    }

    @Test
    void theWordDocumentIsLaidOutAsAnOfficialNotice() throws Exception {
        long plan = fixtures.plan2026();
        AssignmentStatus chuanshan = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        SupervisionOrder order = orders.issue(fixtures.user("coordinator"), new Orders.Draft(chuanshan.unitId(),
                List.of(chuanshan.id()), "第三季度进展逾期未报送。", "书面说明原因", 5));

        byte[] docx = mvc.perform(get("/supervision/orders/" + order.id() + "/document.docx")
                .with(fixtures.as("liaison"))).andReturn().getResponse().getContentAsByteArray();

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(lines.get(0)).isEqualTo(order.number());
            assertThat(lines).contains("督办通知",
                    units.find(chuanshan.unitId()).orElseThrow().fullName() + "：", "第三季度进展逾期未报送。", "1. " + chuanshan.taskText(),
                    "书面说明原因", "市委依法治市办");
            assertThat(lines).anyMatch(l -> l.startsWith("请于") && l.contains("5个工作日内"));
            XWPFParagraph title = doc.getParagraphs().stream().filter(p -> p.getText().equals("督办通知")).findFirst()
                    .orElseThrow();
            assertThat(title.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("方正小标宋简体");
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
        }
    }

    private String refusal(Orders.Draft draft) {
        try {
            orders.issue(fixtures.user("coordinator"), draft);
            return "accepted";
        } catch (DomainException e) {
            return e.messageKey();
        }
    }
}
