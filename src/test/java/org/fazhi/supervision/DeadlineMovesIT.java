package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.identity.Role;
import org.fazhi.identity.TestAuth;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.supervision.internal.Notification;
import org.fazhi.supervision.internal.NotificationKind;
import org.fazhi.supervision.internal.Notifications;
import org.fazhi.supervision.internal.Orders;
import org.fazhi.supervision.internal.Rectification;
import org.fazhi.supervision.internal.Rectifications;
import org.fazhi.supervision.internal.SupervisionOrder;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A calendar change moves the stored due dates of an open order and of an open item given in working days, and
 * records who (system) and when; an item given as a date and a closed item keep theirs. Year 2035 is this test's.
 */
@IntegrationTest
class DeadlineMovesIT {

    static final LocalDate RAISED = LocalDate.of(2035, 3, 1); // a Thursday
    static final LocalDate HOLIDAY = LocalDate.of(2035, 3, 5); // the Monday after

    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    Orders orders;
    @Autowired
    Rectifications rectifications;
    @Autowired
    CalendarManagement calendar;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Notifications notifications;

    @Test
    void aCalendarChangeMovesOpenWorkingDayDeadlinesOnly() throws Exception {
        SupervisionOrder order = orderIssuedOnRaisedDay();
        Rectification workingDays = raise(order, 5, null);
        LocalDate fixedDate = calendar.calendar().addWorkingDays(RAISED, 5);
        Rectification fixed = raise(order, null, fixedDate);
        Rectification closed = raise(order, 5, null);
        rectifications.voidItem(fixtures.user("coordinator"), closed.id(), "重复");
        assertThat(workingDays.dueOn()).isEqualTo(LocalDate.of(2035, 3, 8));
        assertThat(fixed.dueOn()).isEqualTo(LocalDate.of(2035, 3, 8));

        admin(() -> calendar.correctDay(2035, HOLIDAY, "测试假日", true, "deadline-moves-it"));

        assertThat(due(workingDays)).isEqualTo(LocalDate.of(2035, 3, 9));
        assertThat(due(fixed)).isEqualTo(LocalDate.of(2035, 3, 8));
        assertThat(due(closed)).isEqualTo(LocalDate.of(2035, 3, 8));
        assertThat(orders.one(fixtures.user("coordinator"), order.id()).dueOn()).isEqualTo(LocalDate.of(2035, 3, 9));
        Map<String, Object> record = jdbc.queryForMap("select due_before, due_after, moved_by, calendar_year,"
                + " calendar_changed_by, moved_at from supervision_deadline_move where item_kind = 'RECTIFICATION'"
                + " and item_id = ?", workingDays.id());
        assertThat(record.get("due_before").toString()).isEqualTo("2035-03-08");
        assertThat(record.get("due_after").toString()).isEqualTo("2035-03-09");
        assertThat(record.get("moved_by")).isEqualTo("system");
        assertThat(record.get("calendar_changed_by")).isEqualTo("deadline-moves-it");
        assertThat(record.get("moved_at")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from supervision_deadline_move where item_kind = 'ORDER'"
                + " and item_id = ?", Integer.class, order.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from supervision_deadline_move where item_kind ="
                + " 'RECTIFICATION' and item_id in (?, ?)", Integer.class, fixed.id(), closed.id())).isZero();

        String page = mvc.perform(get("/supervision/rectifications/" + workingDays.id()).with(fixtures.as("liaison")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"deadline-moves\"").contains("系统因工作日历调整（deadline-moves-it）将期限由"
                + " 2035-03-08 改为 2035-03-09");

        admin(() -> calendar.correctDay(2035, HOLIDAY, null, null, "deadline-moves-it"));
        assertThat(due(workingDays)).isEqualTo(LocalDate.of(2035, 3, 8));
    }

    @Test
    void coordinatorSeesMovedDueDateOnOrderPage() throws Exception {
        SupervisionOrder order = orderIssuedOnRaisedDay();

        admin(() -> calendar.correctDay(2035, HOLIDAY, "测试假日", true, "deadline-moves-it"));

        String page = mvc.perform(get("/supervision/orders/" + order.id()).with(fixtures.as("coordinator")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"deadline-moves\"").contains("系统因工作日历调整（deadline-moves-it）将期限由"
                + " 2035-03-08 改为 2035-03-09");
        String liaisonPage = mvc.perform(get("/supervision/orders/" + order.id()).with(fixtures.as("liaison")))
                .andReturn().getResponse().getContentAsString();
        assertThat(liaisonPage).contains("将期限由 2035-03-08 改为 2035-03-09");
    }

    @Test
    void unitAndOfficeFindMovedDueDatesInTheirInbox() throws Exception {
        SupervisionOrder order = orderIssuedOnRaisedDay();
        jdbc.update("update supervision_order set escalated_at = now() where id = ?", order.id());
        Rectification item = raise(order, 5, null);
        SupervisionOrder quiet = orderIssuedOnRaisedDay();

        admin(() -> calendar.correctDay(2035, HOLIDAY, "测试假日", true, "deadline-moves-it"));

        String orderLink = "/supervision/orders/" + order.id();
        String itemLink = "/supervision/rectifications/" + item.id();
        for (String user : List.of("liaison", "leader", "coordinator")) {
            assertThat(moved(user, orderLink)).as(user).singleElement().satisfies(n -> {
                assertThat(n.titleKey()).isEqualTo("supervision.notice.orderDeadlineMoved");
                assertThat(n.titleArgs()).containsExactly(order.number(), order.unitName(), "2035-03-08",
                        "2035-03-09");
            });
        }
        // the order's leaders hear because the order was escalated to them; items and quiet orders never reach them
        assertThat(moved("leader", "/supervision/orders/" + quiet.id())).isEmpty();
        assertThat(moved("liaison", "/supervision/orders/" + quiet.id())).hasSize(1);
        assertThat(moved("leader", itemLink)).isEmpty();
        assertThat(moved("liaison", itemLink)).singleElement().extracting(Notification::titleKey)
                .isEqualTo("supervision.notice.rectificationDeadlineMoved");
        assertThat(moved("coordinator", itemLink)).hasSize(1);
        // written in the calendar change's own transaction: now() is the transaction's start, the same for both
        assertThat(jdbc.queryForObject("select count(*) from supervision_notification n where n.link = ?"
                + " and n.kind = 'DEADLINE_MOVED' and n.created_at <> (select m.moved_at from supervision_deadline_move m"
                + " where m.item_kind = 'RECTIFICATION' and m.item_id = ?)", Integer.class, itemLink, item.id()))
                .isZero();

        String inbox = mvc.perform(get("/inbox").with(fixtures.as("liaison"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(inbox).contains("督办事项 " + order.number() + "（" + order.unitName()
                + "）的办理时限因日历调整由 2035-03-08 改为 2035-03-09。");
    }

    private List<Notification> moved(String user, String link) {
        return notifications.of(user, 10_000).stream()
                .filter(n -> n.kind() == NotificationKind.DEADLINE_MOVED && link.equals(n.link())).toList();
    }

    /** An open order for 船山区 as if issued on {@link #RAISED} (due 2035-03-08), with the holiday not listed. */
    private SupervisionOrder orderIssuedOnRaisedDay() {
        // the day is a working day before the change (a rerun on a kept database starts from the same point); a
        // listed day at the end of the year keeps the year's data from being empty (an empty year is refused)
        admin(() -> calendar.correctDay(2035, LocalDate.of(2035, 12, 31), "测试", true, "deadline-moves-it"));
        admin(() -> calendar.correctDay(2035, HOLIDAY, null, null, "deadline-moves-it"));
        assertThat(calendar.calendar().isWorkingDay(HOLIDAY)).isTrue();

        long plan = fixtures.plan2026();
        AssignmentStatus a = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        SupervisionOrder order = orders.issue(fixtures.user("coordinator"), new Orders.Draft(a.unitId(),
                List.of(a.id()), "逾期 " + UUID.randomUUID(), "书面说明", 5));
        // as if issued on the test's day (the clock's day is not in 2035)
        LocalDate orderDue = calendar.calendar().addWorkingDays(RAISED, 5);
        jdbc.update("update supervision_order set issued_on = ?, due_on = ? where id = ?", RAISED, orderDue,
                order.id());
        return orders.one(fixtures.user("coordinator"), order.id());
    }

    private Rectification raise(SupervisionOrder order, Integer days, LocalDate dueOn) {
        return rectifications.raise(fixtures.user("coordinator"), new Rectifications.Raise(Rectification.Source.ORDER,
                order.id(), order.unitId(), "整改 " + UUID.randomUUID(), days, dueOn), RAISED);
    }

    private LocalDate due(Rectification item) {
        return rectifications.one(fixtures.user("coordinator"), item.id()).dueOn();
    }

    private static void admin(Runnable change) {
        TestAuth.runAs("deadline-moves-it", Role.SYSTEM_ADMIN, () -> {
            change.run();
            return null;
        });
    }
}
