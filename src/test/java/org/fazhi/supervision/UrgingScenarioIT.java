package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.fazhi.plan.TrafficLight;
import org.fazhi.platform.DomainException;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.progress.ReportStatus;
import org.fazhi.progress.internal.ReportRow;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.supervision.internal.Notification;
import org.fazhi.supervision.internal.NotificationKind;
import org.fazhi.supervision.internal.Notifications;
import org.fazhi.supervision.internal.UrgeStore;
import org.fazhi.supervision.internal.Urging;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 催办 from overdue assignments to the leaders' inboxes, and what may not be urged. */
@IntegrationTest
class UrgingScenarioIT {

    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    Urging urging;
    @Autowired
    UrgeStore urges;
    @Autowired
    Notifications notifications;
    @Autowired
    ProgressDirectory progress;
    @Autowired
    SignFor signFor;
    @Autowired
    Reporting reporting;

    @Test
    void overdueAssignmentsAreUrgedInOneClickAndTheSecondUrgeReachesTheLeader() {
        long plan = fixtures.plan2026();
        AssignmentStatus chuanshan = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        AssignmentStatus fgw = fixtures.assignment(plan, SupervisionFixtures.FGW);
        assertThat(chuanshan.light()).isEqualTo(TrafficLight.RED);
        assertThat(fgw.light()).isEqualTo(TrafficLight.RED);

        String first = "请于三日内报送执法监督进展 " + UUID.randomUUID();
        List<UrgeRecord> batch = urging.urgeRed(fixtures.user("coordinator"), plan, first);

        assertThat(batch).extracting(UrgeRecord::assignmentId).containsExactlyInAnyOrder(chuanshan.id(), fgw.id());
        assertThat(batch).allSatisfy(u -> {
            assertThat(u.sequenceNo()).isEqualTo(1);
            assertThat(u.escalated()).isFalse();
            assertThat(u.urgedBy()).isEqualTo("coordinator");
        });
        List<Notification> liaisonInbox = fixtures.inbox("liaison", first);
        assertThat(liaisonInbox).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.URGE);
            assertThat(n.unread()).isTrue();
            assertThat(n.titleArgs()).containsExactly(chuanshan.unitName(), chuanshan.taskText(), "1");
            assertThat(n.link()).startsWith("/supervision/units/" + chuanshan.unitId());
        });
        assertThat(fixtures.inbox("liaison-fgw", first)).hasSize(1);
        assertThat(fixtures.inbox("leader", first)).isEmpty();
        assertThat(urges.ofAssignment(chuanshan.id()).get(0).recipients()).contains("liaison")
                .doesNotContain("leader");

        String second = "再次催办：逾期未报 " + UUID.randomUUID();
        UrgeRecord again = urging.urge(fixtures.user("coordinator"), List.of(chuanshan.id()), second).get(0);

        assertThat(again.sequenceNo()).isEqualTo(2);
        assertThat(again.escalated()).isTrue();
        assertThat(again.recipients()).contains("liaison", "leader");
        assertThat(fixtures.inbox("leader", second)).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.URGE_ESCALATED));
        assertThat(fixtures.inbox("liaison", second)).hasSize(1);
        assertThat(fixtures.inbox("liaison-fgw", second)).isEmpty();
        assertThat(urges.ofUnit(chuanshan.unitId())).extracting(UrgeRecord::message).contains(first, second);
    }

    @Test
    void anAssignmentAcceptedAsDoneIsNotUrgedAndABatchWithItRecordsNothing() {
        long plan = fixtures.plan2026();
        AssignmentStatus chuanshan = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        AssignmentStatus fgw = fixtures.assignment(plan, SupervisionFixtures.FGW);
        signFor.sign(fixtures.user("liaison"), chuanshan.id());
        ReportRow report = reporting.save(fixtures.user("liaison"), new Reporting.Draft(chuanshan.id(), "2026-Q1",
                ReportStatus.DONE, null, "已全部完成", "", 100, true, null, null, List.of()));
        reporting.review(fixtures.user("coordinator"), report.id(), report.version(), true, null);
        assertThat(progress.assignment(chuanshan.id()).orElseThrow().closed()).isTrue();

        String message = "催办 " + UUID.randomUUID();
        assertThatThrownBy(() -> urging.urge(fixtures.user("coordinator"), List.of(fgw.id(), chuanshan.id()), message))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.supervision.urge.done");
        assertThat(urges.ofAssignment(fgw.id())).isEmpty();
        assertThat(fixtures.inbox("liaison-fgw", message)).isEmpty();

        List<UrgeRecord> red = urging.urgeRed(fixtures.user("coordinator"), plan, message);
        assertThat(red).extracting(UrgeRecord::assignmentId).containsExactly(fgw.id());
    }

    @Test
    void reportsAndReviewsReachTheOfficeAndTheUnitsInbox() {
        long plan = fixtures.plan2026();
        AssignmentStatus chuanshan = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        signFor.sign(fixtures.user("liaison"), chuanshan.id());
        String link = "/progress/assignments/" + chuanshan.id();
        ReportRow report = reporting.save(fixtures.user("liaison"), new Reporting.Draft(chuanshan.id(), "2026-Q1",
                ReportStatus.IN_PROGRESS, null, "推进中", "", 40, true, null, null, List.of()));

        assertThat(notifications.of("coordinator", 10_000)).filteredOn(n -> link.equals(n.link()))
                .singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.REPORTED));

        reporting.review(fixtures.user("coordinator"), report.id(), report.version(), false, "请补充佐证材料");
        assertThat(notifications.of("liaison", 10_000)).filteredOn(n -> link.equals(n.link()))
                .singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.REPORT_RETURNED));
        assertThat(notifications.of("liaison-fgw", 10_000)).noneMatch(n -> link.equals(n.link()));
    }
}
