package org.fazhi.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fazhi.platform.DomainException;
import org.junit.jupiter.api.Test;

/** The rules of one request, without Spring (政府信息公开条例 2019). */
class DisclosureRequestTest {

    private static final LocalDate SEP19 = LocalDate.of(2025, 9, 19);

    private static DisclosureRequest inPerson(LocalDate on) {
        return DisclosureRequest.register(1L, RequesterType.PERSON, "张三", Channel.IN_PERSON, on, null, null,
                "2025年财政预算", "liaison");
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void receiptDateFollowsTheChannelsRuleOfArticle31() {
        LocalDate sent = LocalDate.of(2025, 9, 15);
        LocalDate signed = LocalDate.of(2025, 9, 18);
        LocalDate confirmed = LocalDate.of(2025, 9, 22);
        assertThat(Channel.IN_PERSON.receiptDate(sent, signed, confirmed)).isEqualTo(sent);
        assertThat(Channel.REGISTERED_POST.receiptDate(sent, signed, confirmed)).isEqualTo(signed);
        assertThat(Channel.ORDINARY_POST.receiptDate(sent, signed, confirmed)).isEqualTo(confirmed);
        assertThat(Channel.ONLINE.receiptDate(null, null, confirmed)).isEqualTo(confirmed);
        assertThat(Channel.FAX.receiptDate(null, null, confirmed)).isEqualTo(confirmed);
    }

    @Test
    void requestWithoutTheDateItsChannelNeedsIsRefused() {
        refused(() -> DisclosureRequest.register(1L, RequesterType.PERSON, "张三", Channel.REGISTERED_POST,
                SEP19, null, null, "x", "u"), "error.disclosure.receipt.missing.signed");
        refused(() -> DisclosureRequest.register(1L, RequesterType.PERSON, "张三", Channel.ONLINE,
                SEP19, null, null, "x", "u"), "error.disclosure.receipt.missing.confirmed");
        refused(() -> DisclosureRequest.register(1L, RequesterType.PERSON, "张三", Channel.IN_PERSON,
                null, null, null, "x", "u"), "error.disclosure.receipt.missing.submitted");
    }

    @Test
    void signedForBeforeItWasPostedIsRefused() {
        refused(() -> Channel.REGISTERED_POST.receiptDate(SEP19, SEP19.minusDays(1), null),
                "error.disclosure.receipt.beforeSubmitted");
    }

    @Test
    void correctionMayBeRequestedOnlyOnceAndRestartsTheClock() {
        DisclosureRequest r = inPerson(SEP19);
        r.noticeCorrection(SEP19.plusDays(3), SEP19.plusDays(20));
        assertThat(r.getStatus()).isEqualTo(Status.AWAITING_CORRECTION);
        r.receiveCorrection(SEP19.plusDays(10));
        assertThat(r.clockStart()).isEqualTo(SEP19.plusDays(10));
        refused(() -> r.noticeCorrection(SEP19.plusDays(11), SEP19.plusDays(30)), "error.disclosure.correction.once");
    }

    @Test
    void correctionNoticeBeforeReceiptIsRefused() {
        refused(() -> inPerson(SEP19).noticeCorrection(SEP19.minusDays(1), SEP19.plusDays(9)),
                "error.disclosure.order.correctionNotice");
    }

    @Test
    void requestIsDeemedWithdrawnOnlyAfterTheCorrectionPeriod() {
        DisclosureRequest r = inPerson(SEP19);
        LocalDate due = LocalDate.of(2025, 10, 15);
        r.noticeCorrection(SEP19.plusDays(3), due);
        refused(() -> r.deemWithdrawn(due), "error.disclosure.withdrawn.early");
        r.deemWithdrawn(due.plusDays(1));
        assertThat(r.getStatus()).isEqualTo(Status.CLOSED);
        assertThat(r.getOutcome()).isEqualTo(Outcome.OTHER_NO_CORRECTION);
    }

    @Test
    void extensionIsOnceAtMostTwentyWorkingDaysWithAnApproverBeforeTheDeadline() {
        DisclosureRequest r = inPerson(SEP19);
        LocalDate deadline = LocalDate.of(2025, 10, 23);
        refused(() -> r.extend(21, "李处长", SEP19.plusDays(5), deadline), "error.disclosure.extension.tooLong");
        refused(() -> r.extend(10, " ", SEP19.plusDays(5), deadline), "error.disclosure.extension.approverMissing");
        refused(() -> r.extend(10, "李处长", deadline.plusDays(1), deadline), "error.disclosure.extension.afterDeadline");
        r.extend(20, "李处长", deadline, deadline);
        refused(() -> r.extend(5, "李处长", deadline, deadline), "error.disclosure.extension.once");
    }

    @Test
    void replyBeforeTheClockStartIsRefusedAndClosedRequestTakesNoReply() {
        DisclosureRequest r = inPerson(SEP19);
        refused(() -> r.reply(SEP19.minusDays(1), Outcome.DISCLOSED, null), "error.disclosure.order.reply");
        refused(() -> r.reply(SEP19, null, null), "error.disclosure.reply.outcomeMissing");
        r.reply(SEP19.plusDays(5), Outcome.PARTIAL, "删去个人信息");
        refused(() -> r.reply(SEP19.plusDays(6), Outcome.DISCLOSED, null), "error.disclosure.status");
        r.recordReview(ReviewResult.UPHELD, null);
        assertThat(r.getReconsiderationResult()).isEqualTo(ReviewResult.UPHELD);
    }

    @Test
    void consultationMustFollowTheClockStartAndPausesTheRequest() {
        DisclosureRequest r = inPerson(SEP19);
        refused(() -> r.startConsultation(SEP19), "error.disclosure.order.consultation");
        r.startConsultation(SEP19.plusDays(5));
        refused(() -> r.reply(SEP19.plusDays(6), Outcome.DISCLOSED, null), "error.disclosure.status");
        refused(() -> r.endConsultation(SEP19.plusDays(4)), "error.disclosure.order.consultationEnd");
        r.endConsultation(SEP19.plusDays(11));
        assertThat(r.getStatus()).isEqualTo(Status.OPEN);
    }

    @Test
    void voidingNeedsAReasonAndHappensOnce() {
        DisclosureRequest r = inPerson(SEP19);
        refused(() -> r.voidWithReason(""), "error.disclosure.void.reasonMissing");
        r.voidWithReason("重复登记");
        refused(() -> r.voidWithReason("again"), "error.disclosure.status");
    }
}
