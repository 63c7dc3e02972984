package org.fazhi.reconsideration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fazhi.platform.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The state machine of a case: which step in which state, and the date rules of 行政复议法. */
class CaseRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    final WeekdayMath math = new WeekdayMath();
    final CaseRules rules = new CaseRules(math);
    CaseFile file;

    @BeforeEach
    void received() {
        // Mon 2026-03-02; knew of the act Mon 2026-02-02, told of the right
        file = new CaseFile(new Registration("张三", 1, "罚款决定", Channel.POST, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 2, 2), true, null));
    }

    private void step(Command c) {
        rules.check(file, c, TODAY);
        file.apply(c);
    }

    private void refused(Command c, String key) {
        assertThatThrownBy(() -> rules.check(file, c, TODAY)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }

    private void accept(LocalDate on, Procedure p) {
        step(Command.on(Action.ACCEPT, on).withCode(p.name()));
    }

    @Test
    void anOrdinaryCaseRunsFromReceiptToDecision() {
        accept(LocalDate.of(2026, 3, 6), Procedure.ORDINARY);
        step(Command.on(Action.SEND_COPY, LocalDate.of(2026, 3, 9)));
        step(Command.on(Action.RECORD_ANSWER, LocalDate.of(2026, 3, 16)));
        step(Command.on(Action.DECIDE, LocalDate.of(2026, 4, 1)).withCode("REVOKE"));
        assertThat(file.state()).isEqualTo(CaseState.DECIDED);
        assertThat(file.decisionType()).isEqualTo(DecisionType.REVOKE);
        assertThat(file.state().closed()).isTrue();
    }

    @Test
    void acceptanceAfterTheReviewPeriodIsRefusedAndDeemedAcceptanceOffered() {
        // review: 5 working days after Mon 03-02 → Mon 03-09
        refused(Command.on(Action.ACCEPT, LocalDate.of(2026, 3, 10)).withCode("ORDINARY"),
                "error.reconsideration.review.expired");
        step(Command.on(Action.DEEM_ACCEPTED, LocalDate.of(2026, 3, 9)).withCode("SIMPLIFIED"));
        assertThat(file.deemedAccepted()).isTrue();
        assertThat(file.acceptedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void correctionStopsTheReviewAndRestartsItOnReceipt() {
        step(Command.on(Action.REQUEST_CORRECTION, LocalDate.of(2026, 3, 4)));
        refused(Command.on(Action.ACCEPT, LocalDate.of(2026, 3, 5)).withCode("ORDINARY"),
                "error.reconsideration.notAllowed");
        refused(Command.on(Action.ABANDON, LocalDate.of(2026, 3, 18)), "error.reconsideration.abandon.early");
        step(Command.on(Action.RECEIVE_CORRECTION, LocalDate.of(2026, 3, 16)));
        refused(Command.on(Action.REQUEST_CORRECTION, LocalDate.of(2026, 3, 17)), "error.reconsideration.correction.once");
        // the review counts again from 03-16: 5 working days → Mon 03-23, so 03-20 is in time
        accept(LocalDate.of(2026, 3, 20), Procedure.ORDINARY);
        assertThat(file.state()).isEqualTo(CaseState.ACCEPTED);
    }

    @Test
    void extensionOnceAtMostThirtyDaysOrdinaryOnly() {
        accept(LocalDate.of(2026, 3, 6), Procedure.ORDINARY);
        refused(Command.on(Action.EXTEND, LocalDate.of(2026, 4, 1)).withDays(31).withNote("王"),
                "error.reconsideration.extension.tooLong");
        refused(Command.on(Action.EXTEND, LocalDate.of(2026, 4, 1)).withDays(30), "error.reconsideration.required");
        step(Command.on(Action.EXTEND, LocalDate.of(2026, 4, 1)).withDays(30).withNote("王"));
        refused(Command.on(Action.EXTEND, LocalDate.of(2026, 4, 2)).withDays(5).withNote("王"),
                "error.reconsideration.extension.twice");
    }

    @Test
    void simplifiedCasesCannotBeExtended() {
        accept(LocalDate.of(2026, 3, 6), Procedure.SIMPLIFIED);
        refused(Command.on(Action.EXTEND, LocalDate.of(2026, 3, 20)).withDays(10).withNote("王"),
                "error.reconsideration.extension.simplified");
    }

    @Test
    void suspendedCasesOnlyTerminateAndResumeRestartsTheClock() {
        accept(LocalDate.of(2026, 3, 6), Procedure.ORDINARY);
        refused(Command.on(Action.SUSPEND, LocalDate.of(2026, 3, 6)).withReason("x"), "error.reconsideration.suspend.tooEarly");
        step(Command.on(Action.SUSPEND, LocalDate.of(2026, 3, 10)).withReason("等待另案结果"));
        assertThat(new CaseDeadlines(math).decision(file)).isNull();
        refused(Command.on(Action.DECIDE, LocalDate.of(2026, 3, 20)).withCode("UPHOLD"),
                "error.reconsideration.decision.whileSuspended");
        refused(Command.on(Action.SCHEDULE_HEARING, LocalDate.of(2026, 3, 20)).withOtherDate(LocalDate.of(2026, 4, 1)),
                "error.reconsideration.notAllowed");
        step(Command.on(Action.RESUME, LocalDate.of(2026, 4, 1)));
        assertThat(new CaseDeadlines(math).decision(file).pauses()).hasSize(1);
        step(Command.on(Action.DECIDE, LocalDate.of(2026, 4, 2)).withCode("TERMINATION"));
        assertThat(file.state()).isEqualTo(CaseState.DECIDED);
    }

    @Test
    void datesOutOfOrderAreRefused() {
        accept(LocalDate.of(2026, 3, 6), Procedure.ORDINARY);
        refused(Command.on(Action.DECIDE, LocalDate.of(2026, 3, 5)).withCode("UPHOLD"),
                "error.reconsideration.decision.beforeAcceptance");
        refused(Command.on(Action.SEND_COPY, LocalDate.of(2026, 3, 5)), "error.reconsideration.beforeLastStep");
        refused(Command.on(Action.SEND_COPY, LocalDate.of(2027, 1, 5)), "error.reconsideration.future");
        assertThatThrownBy(() -> rules.checkRegistration(new Registration("李四", 1, "x", Channel.POST,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), true, null), TODAY))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.reconsideration.knewAfterReceived");
    }

    @Test
    void hearingNeedsFiveWorkingDaysNoticeAndNoClosedCase() {
        accept(LocalDate.of(2026, 3, 6), Procedure.ORDINARY);
        // notice Fri 03-13: five working days → Fri 03-20
        refused(Command.on(Action.SCHEDULE_HEARING, LocalDate.of(2026, 3, 13)).withOtherDate(LocalDate.of(2026, 3, 19)),
                "error.reconsideration.hearing.tooSoon");
        step(Command.on(Action.SCHEDULE_HEARING, LocalDate.of(2026, 3, 13)).withOtherDate(LocalDate.of(2026, 3, 20)));
        step(Command.on(Action.DECIDE, LocalDate.of(2026, 3, 25)).withCode("UPHOLD"));
        refused(Command.on(Action.SCHEDULE_HEARING, LocalDate.of(2026, 3, 26)).withOtherDate(LocalDate.of(2026, 4, 10)),
                "error.reconsideration.notAllowed");
    }

    @Test
    void decisionOnACaseNotAcceptedIsRefused() {
        refused(Command.on(Action.DECIDE, LocalDate.of(2026, 3, 3)).withCode("UPHOLD"),
                "error.reconsideration.decision.notAccepted");
    }

    @Test
    void lateFilingIsFlaggedFromTheWindow() {
        CaseFile late = new CaseFile(new Registration("王五", 1, "x", Channel.POST, LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 2, 2), true, null));
        // 60 days after Mon 02-02 → Sat 04-03 → Mon 04-05 (rest day rolls over); received 05-04 → late
        assertThat(CaseQueries.late(new CaseDeadlines(math).of(late))).isTrue();
        assertThat(CaseQueries.late(new CaseDeadlines(math).of(file))).isFalse();
        CaseFile notTold = new CaseFile(new Registration("王五", 1, "x", Channel.POST, LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 2, 2), false, null));
        assertThat(CaseQueries.late(new CaseDeadlines(math).of(notTold))).isFalse();
    }
}
