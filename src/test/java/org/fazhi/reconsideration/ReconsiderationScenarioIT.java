package org.fazhi.reconsideration;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.DeadlineExplanation;
import org.fazhi.platform.DomainException;
import org.fazhi.reconsideration.internal.Action;
import org.fazhi.reconsideration.internal.CaseDeadline;
import org.fazhi.reconsideration.internal.CaseQueries;
import org.fazhi.reconsideration.internal.CaseState;
import org.fazhi.reconsideration.internal.Command;
import org.fazhi.reconsideration.internal.DeadlineKind;
import org.fazhi.reconsideration.internal.Light;
import org.fazhi.reconsideration.internal.StoredCase;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases walked through 行政复议法 on the real 2025 calendar (国办发明电〔2024〕12号): Spring Festival off
 * 01-28…02-04 with make-up working days Sun 01-26 and Sat 02-08; National Day off 10-01…10-08 with make-up
 * days Sun 09-28 and Sat 10-11. Every expected date below is counted by hand.
 */
@IntegrationTest
class ReconsiderationScenarioIT {

    @Autowired
    ReconsiderationFixtures fx;
    @Autowired
    CaseQueries queries;
    @Autowired
    CalendarManagement calendar;
    @Autowired
    JdbcTemplate jdbc;

    private CaseDeadline deadline(StoredCase c, DeadlineKind kind) {
        return queries.deadlines(c).stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private LocalDate due(StoredCase c, DeadlineKind kind) {
        return deadline(c, kind).due();
    }

    private void refused(long id, Command command, String key) {
        long before = fx.read(id).version();
        assertThatThrownBy(() -> fx.act(id, command)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
        assertThat(fx.read(id).version()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void ordinaryCaseAcrossSpringFestivalWithCorrectionHearingSuspensionAndExtension() {
        long unit = fx.unit(ReconsiderationFixtures.CHUANSHAN);
        // knew Fri 2024-12-20, told of the right: 60 calendar days → Tue 2025-02-18; received Fri 2025-01-24: in time
        long id = fx.register(unit, of(2025, 1, 24), of(2024, 12, 20), true);
        StoredCase c = fx.read(id);
        assertThat(due(c, DeadlineKind.APPLICATION)).isEqualTo(of(2025, 2, 18));
        assertThat(queries.summary(c, of(2025, 1, 24)).late()).isFalse();
        // review, 5 working days after Fri 01-24: Sun 01-26 (make-up) 1, Mon 01-27 2, [01-28…02-04 春节],
        // Wed 02-05 3, Thu 02-06 4, Fri 02-07 5
        assertThat(due(c, DeadlineKind.ACCEPTANCE_REVIEW)).isEqualTo(of(2025, 2, 7));
        DeadlineExplanation review = calendar.explain(deadline(c, DeadlineKind.ACCEPTANCE_REVIEW).request());
        assertThat(review.legs().get(0).makeUpDaysCounted()).extracting(DeadlineExplanation.DayNote::date)
                .containsExactly(of(2025, 1, 26));
        assertThat(review.legs().get(0).skippedDays()).extracting(DeadlineExplanation.DayNote::holidayName)
                .contains("春节");

        // 补正 notice Mon 01-27; applicant has 10 working days: 02-05 1, 02-06 2, 02-07 3, Sat 02-08 (make-up) 4,
        // 02-10…02-14 5–9, Mon 02-17 10
        c = fx.act(id, Action.REQUEST_CORRECTION, of(2025, 1, 27));
        assertThat(c.file().state()).isEqualTo(CaseState.CORRECTION_REQUESTED);
        assertThat(due(c, DeadlineKind.CORRECTION_BY_APPLICANT)).isEqualTo(of(2025, 2, 17));
        refused(id, Command.on(Action.ABANDON, of(2025, 2, 17)), "error.reconsideration.abandon.early");
        // correction received Mon 02-10: the review restarts — 02-11, 02-12, 02-13, 02-14, Mon 02-17
        c = fx.act(id, Action.RECEIVE_CORRECTION, of(2025, 2, 10));
        assertThat(due(c, DeadlineKind.ACCEPTANCE_REVIEW)).isEqualTo(of(2025, 2, 17));
        assertThat(calendar.explain(deadline(c, DeadlineKind.ACCEPTANCE_REVIEW).request()).legs())
                .extracting(DeadlineExplanation.Leg::kind).contains(DeadlineExplanation.LegKind.AFTER_RESTART);

        // accepted Fri 02-14, ordinary. Copy: 7 working days → 02-17…02-21 (5), 02-24 6, Tue 02-25 7.
        // Decision: 60 calendar days → 02-28 is day 14, 03-31 day 45, Tue 04-15 day 60
        c = fx.act(id, Command.on(Action.ACCEPT, of(2025, 2, 14)).withCode("ORDINARY"));
        assertThat(due(c, DeadlineKind.COPY_TO_RESPONDENT)).isEqualTo(of(2025, 2, 25));
        assertThat(due(c, DeadlineKind.DECISION)).isEqualTo(of(2025, 4, 15));
        // copy sent Thu 02-20; answer within 10 working days: 02-21 1, 02-24…02-28 2–6, 03-03…03-06 7–10
        c = fx.act(id, Action.SEND_COPY, of(2025, 2, 20));
        assertThat(due(c, DeadlineKind.ANSWER)).isEqualTo(of(2025, 3, 6));
        c = fx.act(id, Action.RECORD_ANSWER, of(2025, 3, 5));
        assertThat(deadline(c, DeadlineKind.ANSWER).open()).isFalse();

        // hearing noticed Fri 03-07: five working days 03-10…03-14, so Thu 03-13 is too soon, Fri 03-14 fine
        refused(id, Command.on(Action.SCHEDULE_HEARING, of(2025, 3, 7)).withOtherDate(of(2025, 3, 13)),
                "error.reconsideration.hearing.tooSoon");
        fx.act(id, Command.on(Action.SCHEDULE_HEARING, of(2025, 3, 7)).withOtherDate(of(2025, 3, 14)).withNote("第一听证室"));

        // suspended Thu 03-20 (clock stopped: 02-15…03-19 = 33 days counted), resumed Thu 04-10:
        // the remaining 27 days run 04-11…Wed 05-07
        c = fx.act(id, Command.on(Action.SUSPEND, of(2025, 3, 20)).withReason("等待另案审理结果（第三十九条第一款第八项）"));
        assertThat(deadline(c, DeadlineKind.DECISION).due()).as("paused").isNull();
        c = fx.act(id, Action.RESUME, of(2025, 4, 10));
        assertThat(due(c, DeadlineKind.DECISION)).isEqualTo(of(2025, 5, 7));

        // extended by 30 days from the original deadline: 05-07 + 30 → Fri 06-06; refused again and beyond 30
        c = fx.act(id, Command.on(Action.EXTEND, of(2025, 4, 30)).withDays(30).withNote("复议机构负责人 张某"));
        assertThat(due(c, DeadlineKind.DECISION)).isEqualTo(of(2025, 6, 6));
        refused(id, Command.on(Action.EXTEND, of(2025, 5, 6)).withDays(10).withNote("张某"),
                "error.reconsideration.extension.twice");
        DeadlineExplanation decision = calendar.explain(deadline(c, DeadlineKind.DECISION).request());
        assertThat(decision.extension()).isNotNull();
        assertThat(decision.pauses()).hasSize(1);

        c = fx.act(id, Command.on(Action.DECIDE, of(2025, 6, 5)).withCode("REVOKE"));
        assertThat(c.file().state()).isEqualTo(CaseState.DECIDED);
        assertThat(deadline(c, DeadlineKind.DECISION).missed()).isFalse();
        assertThat(jdbc.queryForObject("SELECT decision_due FROM reconsideration_case WHERE id = ?", LocalDate.class, id))
                .isEqualTo(of(2025, 6, 6));
        refused(id, Command.on(Action.SCHEDULE_HEARING, of(2025, 6, 6)).withOtherDate(of(2025, 6, 20)),
                "error.reconsideration.notAllowed");

        // 复议意见书 served Mon 06-09: report due 60 days later, Fri 08-08
        c = fx.act(id, Command.on(Action.ISSUE_OPINION, of(2025, 6, 9)).withNote("船山区市场监管局"));
        assertThat(due(c, DeadlineKind.OPINION_FOLLOW_UP)).isEqualTo(of(2025, 8, 8));

        assertThat(c.events()).extracting(e -> e.command().action()).containsExactly(Action.REGISTER,
                Action.REQUEST_CORRECTION, Action.RECEIVE_CORRECTION, Action.ACCEPT, Action.SEND_COPY,
                Action.RECORD_ANSWER, Action.SCHEDULE_HEARING, Action.SUSPEND, Action.RESUME, Action.EXTEND,
                Action.DECIDE, Action.ISSUE_OPINION);
        assertThat(c.events()).allSatisfy(e -> assertThat(e.actor()).isEqualTo("coordinator"));
    }

    @Test
    void lateFilingAfterNationalDayIsFlaggedThenDeemedAcceptedSimplified() {
        long unit = fx.unit(ReconsiderationFixtures.CHUANSHAN);
        // knew Sun 2025-08-03: 60 days end Thu 10-02 (国庆节), rolled over past 10-03…10-08 to Thu 10-09
        long inTime = fx.register(unit, of(2025, 10, 9), of(2025, 8, 3), true);
        assertThat(due(fx.read(inTime), DeadlineKind.APPLICATION)).isEqualTo(of(2025, 10, 9));
        assertThat(queries.summary(fx.read(inTime), LocalDate.now()).late()).isFalse();
        long id = fx.register(unit, of(2025, 10, 10), of(2025, 8, 3), true);
        StoredCase c = fx.read(id);
        assertThat(queries.summary(c, LocalDate.now()).late()).isTrue();
        assertThat(jdbc.queryForObject("SELECT late_filing FROM reconsideration_case WHERE id = ?", Boolean.class, id))
                .isTrue();
        // review after Fri 10-10: Sat 10-11 (make-up) 1, 10-13 2, 10-14 3, 10-15 4, Thu 10-16 5
        assertThat(due(c, DeadlineKind.ACCEPTANCE_REVIEW)).isEqualTo(of(2025, 10, 16));
        // lights with warn-days 3: on Fri 10-10 three working days reach Tue 10-14 (Sat 10-11 is a make-up day)
        // → green; on Mon 10-13 they reach Thu 10-16 → yellow; on Fri 10-17 the review has run out → red
        assertThat(queries.summary(c, of(2025, 10, 10)).light()).isEqualTo(Light.GREEN);
        assertThat(queries.summary(c, of(2025, 10, 13)).light()).isEqualTo(Light.YELLOW);
        assertThat(queries.summary(c, of(2025, 10, 17)).light()).isEqualTo(Light.RED);
        assertThat(queries.summary(c, LocalDate.now()).deemed()).isTrue();
        refused(id, Command.on(Action.ACCEPT, of(2025, 10, 17)).withCode("SIMPLIFIED"), "error.reconsideration.review.expired");

        c = fx.act(id, new Command(Action.DEEM_ACCEPTED, null, null, null, "SIMPLIFIED", null, null));
        assertThat(c.file().acceptedOn()).isEqualTo(of(2025, 10, 16));
        assertThat(c.file().deemedAccepted()).isTrue();
        // simplified: copy in 3 working days 10-17, 10-20, Tue 10-21; decision 30 days → Sat 11-15 → Mon 11-17
        assertThat(due(c, DeadlineKind.COPY_TO_RESPONDENT)).isEqualTo(of(2025, 10, 21));
        assertThat(due(c, DeadlineKind.DECISION)).isEqualTo(of(2025, 11, 17));
        refused(id, Command.on(Action.EXTEND, of(2025, 11, 1)).withDays(10).withNote("张某"),
                "error.reconsideration.extension.simplified");
        refused(id, Command.on(Action.DECIDE, of(2025, 10, 15)).withCode("UPHOLD"),
                "error.reconsideration.decision.beforeAcceptance");
        c = fx.act(id, Command.on(Action.DECIDE, of(2025, 11, 10)).withCode("UPHOLD"));
        assertThat(c.file().state()).isEqualTo(CaseState.DECIDED);
    }

    @Test
    void extensionBeyondThirtyDaysAndSecondExtensionAreRefused() {
        long id = fx.register(fx.unit(ReconsiderationFixtures.CHUANSHAN), of(2025, 9, 22), of(2025, 9, 1), true);
        fx.act(id, Command.on(Action.ACCEPT, of(2025, 9, 26)).withCode("ORDINARY"));
        refused(id, Command.on(Action.EXTEND, of(2025, 11, 1)).withDays(31).withNote("张某"),
                "error.reconsideration.extension.tooLong");
        refused(id, Command.on(Action.DECIDE, of(2025, 9, 25)).withCode("UPHOLD"),
                "error.reconsideration.decision.beforeAcceptance");
        fx.act(id, Command.on(Action.EXTEND, of(2025, 11, 1)).withDays(20).withNote("张某"));
        refused(id, Command.on(Action.EXTEND, of(2025, 11, 2)).withDays(5).withNote("张某"),
                "error.reconsideration.extension.twice");
    }

    @Test
    void aStaleVersionIsRefusedAndAVoidedCaseStaysWithItsReason() {
        long id = fx.register(fx.unit(ReconsiderationFixtures.CHUANSHAN), of(2025, 9, 22), of(2025, 9, 1), true);
        long version = fx.read(id).version();
        fx.act(id, Action.REQUEST_CORRECTION, of(2025, 9, 23));
        assertThatThrownBy(() -> fx.as("coordinator", () -> {
            fx.cases.act(id, version, Command.on(Action.RECEIVE_CORRECTION, of(2025, 9, 24)));
            return null;
        })).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.reconsideration.stale");
        StoredCase c = fx.act(id, new Command(Action.VOID, null, null, null, null, null, "重复登记"));
        assertThat(c.file().state()).isEqualTo(CaseState.VOIDED);
        assertThat(c.file().closedReason()).isEqualTo("重复登记");
        assertThat(c.events()).hasSize(3);
    }
}
