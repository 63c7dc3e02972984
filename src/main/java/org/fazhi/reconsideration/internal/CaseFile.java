package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one 行政复议 case, rebuilt by replaying its steps. {@link #apply} only records a step that
 * {@link CaseRules} has already allowed; replay never re-checks, so a later calendar change cannot make a
 * stored case unreadable.
 */
public final class CaseFile {

    /** A 中止 period; {@code resumedOn} is null while the case is still suspended. */
    public record Suspension(LocalDate suspendedOn, LocalDate resumedOn, String reason) {
    }

    /** A hearing: the day written notice was served and the day it is held (第五十一条). */
    public record Hearing(LocalDate noticeOn, LocalDate hearingOn, String place) {
    }

    private final Registration registration;
    private CaseState state = CaseState.RECEIVED;
    private Procedure procedure;
    private LocalDate correctionNoticeOn;
    private LocalDate correctionReceivedOn;
    private LocalDate acceptedOn;
    private boolean deemedAccepted;
    private LocalDate copySentOn;
    private LocalDate answerOn;
    private LocalDate convertedOn;
    private final List<Hearing> hearings = new ArrayList<>();
    private final List<Suspension> suspensions = new ArrayList<>();
    private Integer extensionDays;
    private String extensionApprover;
    private LocalDate extensionNoticeOn;
    private LocalDate closedOn;
    private DecisionType decisionType;
    private String closedReason;
    private LocalDate opinionOn;
    private String opinionAddressee;
    private LocalDate opinionReplyOn;
    private LocalDate lastStepOn;

    public CaseFile(Registration registration) {
        this.registration = registration;
        this.lastStepOn = registration.receivedOn();
    }

    /** Records an allowed step. */
    public void apply(Command c) {
        switch (c.action()) {
            case REGISTER, RESPONDENT_MERGED, ATTACH -> { }
            case REQUEST_CORRECTION -> {
                correctionNoticeOn = c.date();
                state = CaseState.CORRECTION_REQUESTED;
            }
            case RECEIVE_CORRECTION -> {
                correctionReceivedOn = c.date();
                state = CaseState.RECEIVED;
            }
            case ABANDON -> close(CaseState.ABANDONED, c);
            case REJECT -> close(CaseState.REJECTED, c);
            case ACCEPT, DEEM_ACCEPTED -> {
                acceptedOn = c.date();
                deemedAccepted = c.action() == Action.DEEM_ACCEPTED;
                procedure = Procedure.valueOf(c.code());
                state = CaseState.ACCEPTED;
            }
            case SEND_COPY -> copySentOn = c.date();
            case RECORD_ANSWER -> answerOn = c.date();
            case CONVERT_TO_ORDINARY -> {
                procedure = Procedure.ORDINARY;
                convertedOn = c.date();
            }
            case SCHEDULE_HEARING -> hearings.add(new Hearing(c.date(), c.otherDate(), c.note()));
            case EXTEND -> {
                extensionDays = c.days();
                extensionApprover = c.note();
                extensionNoticeOn = c.date();
            }
            case SUSPEND -> {
                suspensions.add(new Suspension(c.date(), null, c.reason()));
                state = CaseState.SUSPENDED;
            }
            case RESUME -> {
                Suspension last = suspensions.remove(suspensions.size() - 1);
                suspensions.add(new Suspension(last.suspendedOn(), c.date(), last.reason()));
                state = CaseState.ACCEPTED;
            }
            case DECIDE -> {
                decisionType = DecisionType.valueOf(c.code());
                close(CaseState.DECIDED, c);
            }
            case ISSUE_OPINION -> {
                opinionOn = c.date();
                opinionAddressee = c.note();
            }
            case RECORD_OPINION_REPLY -> opinionReplyOn = c.date();
            case VOID -> close(CaseState.VOIDED, c);
            default -> throw new IllegalArgumentException(c.action().name());
        }
        if (c.date() != null && c.date().isAfter(lastStepOn)) {
            lastStepOn = c.date();
        }
        if (c.otherDate() != null && c.otherDate().isAfter(lastStepOn) && c.action() != Action.SCHEDULE_HEARING) {
            lastStepOn = c.otherDate();
        }
    }

    private void close(CaseState closedState, Command c) {
        state = closedState;
        closedOn = c.date();
        closedReason = c.reason();
    }

    /** The day the review period currently runs from: the receipt, or the receipt of the correction. */
    public LocalDate reviewStart() {
        return correctionReceivedOn != null ? correctionReceivedOn : registration.receivedOn();
    }

    /** The suspension still running, if any. */
    public Suspension openSuspension() {
        if (suspensions.isEmpty() || closedOn != null) {
            return null;
        }
        Suspension last = suspensions.get(suspensions.size() - 1);
        return last.resumedOn() == null ? last : null;
    }

    public Registration registration() { return registration; }
    public CaseState state() { return state; }
    public Procedure procedure() { return procedure; }
    public LocalDate correctionNoticeOn() { return correctionNoticeOn; }
    public LocalDate correctionReceivedOn() { return correctionReceivedOn; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public boolean deemedAccepted() { return deemedAccepted; }
    public LocalDate copySentOn() { return copySentOn; }
    public LocalDate answerOn() { return answerOn; }
    public LocalDate convertedOn() { return convertedOn; }
    public List<Hearing> hearings() { return List.copyOf(hearings); }
    public List<Suspension> suspensions() { return List.copyOf(suspensions); }
    public Integer extensionDays() { return extensionDays; }
    public String extensionApprover() { return extensionApprover; }
    public LocalDate extensionNoticeOn() { return extensionNoticeOn; }
    public LocalDate closedOn() { return closedOn; }
    public DecisionType decisionType() { return decisionType; }
    public String closedReason() { return closedReason; }
    public LocalDate opinionOn() { return opinionOn; }
    public String opinionAddressee() { return opinionAddressee; }
    public LocalDate opinionReplyOn() { return opinionReplyOn; }
    /** The latest day any step happened on; a new step may not be dated before it. */
    public LocalDate lastStepOn() { return lastStepOn; }
}
