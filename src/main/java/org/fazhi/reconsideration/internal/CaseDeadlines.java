package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Pause;
import org.fazhi.calendar.Period;

/**
 * Works out every deadline of a case from its steps — the periods of 行政复议法 with the calendar's
 * counting (第八十八条: 三日、五日、七日、十日 are working days, other periods calendar days).
 */
public final class CaseDeadlines {

    private final DeadlineMath math;

    public CaseDeadlines(DeadlineMath math) {
        this.math = math;
    }

    /** All deadlines of {@code c} that apply so far, in procedural order. */
    public List<CaseDeadline> of(CaseFile c) {
        List<CaseDeadline> all = new ArrayList<>();
        Registration r = c.registration();
        boolean voided = c.state() == CaseState.VOIDED;
        LocalDate windowStart = r.toldOfRight() || r.rightsKnownOn() == null ? r.knewOn() : r.rightsKnownOn();
        if (r.toldOfRight() || r.rightsKnownOn() != null) {
            all.add(fixed(DeadlineKind.APPLICATION, windowStart, r.receivedOn(), false));
        }
        if (!r.toldOfRight()) {
            all.add(make(DeadlineKind.APPLICATION_CAP, applicationCap(r.knewOn()), r.receivedOn(), false));
        }
        LocalDate reviewMet = c.acceptedOn() != null ? c.acceptedOn()
                : c.state() == CaseState.REJECTED ? c.closedOn() : null;
        boolean reviewRunning = c.state() == CaseState.RECEIVED;
        all.add(make(DeadlineKind.ACCEPTANCE_REVIEW, review(c), reviewMet, reviewRunning));
        if (c.correctionNoticeOn() != null || reviewRunning && c.correctionReceivedOn() == null) {
            all.add(fixed(DeadlineKind.CORRECTION_NOTICE, r.receivedOn(), c.correctionNoticeOn(),
                    reviewRunning && c.correctionNoticeOn() == null));
        }
        if (c.correctionNoticeOn() != null) {
            all.add(fixed(DeadlineKind.CORRECTION_BY_APPLICANT, c.correctionNoticeOn(), c.correctionReceivedOn(),
                    c.state() == CaseState.CORRECTION_REQUESTED));
        }
        if (c.acceptedOn() != null) {
            boolean live = !c.state().closed();
            all.add(make(DeadlineKind.COPY_TO_RESPONDENT,
                    DeadlineRequest.of(c.acceptedOn(), math.rule(c.procedure().copyRule())), c.copySentOn(),
                    live && c.copySentOn() == null));
            if (c.copySentOn() != null) {
                all.add(make(DeadlineKind.ANSWER, DeadlineRequest.of(c.copySentOn(), math.rule(c.procedure().answerRule())),
                        c.answerOn(), live && c.answerOn() == null));
            }
            DeadlineRequest decision = decision(c);
            LocalDate decided = c.state() == CaseState.DECIDED ? c.closedOn() : null;
            all.add(decision == null
                    ? new CaseDeadline(DeadlineKind.DECISION, null, null, null, false)
                    : make(DeadlineKind.DECISION, decision, decided, c.state() == CaseState.ACCEPTED));
        }
        if (c.opinionOn() != null) {
            all.add(fixed(DeadlineKind.OPINION_FOLLOW_UP, c.opinionOn(), c.opinionReplyOn(),
                    !voided && c.opinionReplyOn() == null));
        }
        return all;
    }

    /**
     * The acceptance review: 5 working days from receipt (第三十条); a correction notice stops it and it
     * counts again in full from the receipt of the correction (第三十一条第三款). A notice served on the day
     * of receipt leaves nothing to pause, so the review simply runs from the correction's receipt.
     */
    public DeadlineRequest review(CaseFile c) {
        LocalDate received = c.registration().receivedOn();
        DeadlineRequest request = DeadlineRequest.of(received, math.rule("reconsideration.acceptanceReview"));
        if (c.correctionReceivedOn() == null) {
            return request;
        }
        if (!c.correctionNoticeOn().isAfter(received)) {
            return DeadlineRequest.of(c.correctionReceivedOn(), math.rule("reconsideration.acceptanceReview"));
        }
        return request.withPause(Pause.restart(c.correctionNoticeOn(), c.correctionReceivedOn(),
                "calendar.pause.reason.correction"));
    }

    /**
     * The decision: 60 days from acceptance (simplified 30), 中止 periods not counted (第三十九条), the one
     * extension of at most 30 days (第六十二条). {@code null} while a suspension is running (the clock is stopped).
     */
    public DeadlineRequest decision(CaseFile c) {
        if (c.acceptedOn() == null || c.openSuspension() != null) {
            return null;
        }
        DeadlineRequest request = DeadlineRequest.of(c.acceptedOn(), math.rule(c.procedure().decisionRule()));
        for (CaseFile.Suspension s : c.suspensions()) {
            LocalDate resumed = s.resumedOn() != null ? s.resumedOn() : c.closedOn();
            request = request.withPause(Pause.suspend(s.suspendedOn(), resumed, "calendar.pause.reason.suspension"));
        }
        if (c.extensionDays() != null) {
            request = request.extendOnce(Period.calendarDays(c.extensionDays()));
        }
        return request;
    }

    /** The calendar this works with. */
    public DeadlineMath math() {
        return math;
    }

    /** The last day of {@code request}. */
    public LocalDate due(DeadlineRequest request) {
        return math.deadline(request);
    }

    /** The earliest day a hearing noticed on {@code noticeOn} may be held (第五十一条: five working days). */
    public LocalDate earliestHearing(LocalDate noticeOn) {
        return math.deadline(DeadlineRequest.of(noticeOn, math.rule("reconsideration.hearingNotice")));
    }

    /**
     * 第二十条第三款: at most one year from knowing of the act — the days up to the same date next year,
     * counted as calendar days (so a rest-day end rolls over like every other period).
     */
    public static DeadlineRequest applicationCap(LocalDate knewOn) {
        return DeadlineRequest.of(knewOn, Period.calendarDays((int) ChronoUnit.DAYS.between(knewOn, knewOn.plusYears(1))));
    }

    private CaseDeadline fixed(DeadlineKind kind, LocalDate start, LocalDate metOn, boolean open) {
        return make(kind, DeadlineRequest.of(start, math.rule(kind.fixedRule())), metOn, open);
    }

    private CaseDeadline make(DeadlineKind kind, DeadlineRequest request, LocalDate metOn, boolean open) {
        return new CaseDeadline(kind, request, math.deadline(request), metOn, open);
    }
}
