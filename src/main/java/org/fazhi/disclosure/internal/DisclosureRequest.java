package org.fazhi.disclosure.internal;

import static org.fazhi.platform.Checks.notBefore;
import static org.fazhi.platform.Checks.required;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.RegisterRecord;

/**
 * 政府信息公开申请 — one request and the rules of its life (政府信息公开条例 2019). Every method enforces one
 * rule and refuses out-of-order dates with a message naming the article; the caller logs the change.
 * Never deleted: closed by a reply or deemed withdrawal, or voided with a reason.
 */
@Entity
@Table(name = "disclosure_request")
public class DisclosureRequest extends RegisterRecord {

    /** Longest extension, 政府信息公开条例 第三十三条第二款 (also the calendar rule's cap). */
    static final int MAX_EXTENSION_DAYS = 20;

    @Enumerated(EnumType.STRING)
    @Column(name = "requester_type")
    private RequesterType requesterType;
    @Column(name = "requester_name")
    private String requesterName;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "submitted_on")
    private LocalDate submittedOn;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    private String content;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "correction_notice_on")
    private LocalDate correctionNoticeOn;
    @Column(name = "correction_due_on")
    private LocalDate correctionDueOn;
    @Column(name = "correction_received_on")
    private LocalDate correctionReceivedOn;
    @Column(name = "consultation_started_on")
    private LocalDate consultationStartedOn;
    @Column(name = "consultation_ended_on")
    private LocalDate consultationEndedOn;
    @Column(name = "extension_days")
    private Integer extensionDays;
    @Column(name = "extension_approver")
    private String extensionApprover;
    @Column(name = "extension_notice_on")
    private LocalDate extensionNoticeOn;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "outcome_note")
    private String outcomeNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "reconsideration_result")
    private ReviewResult reconsiderationResult;
    @Enumerated(EnumType.STRING)
    @Column(name = "litigation_result")
    private ReviewResult litigationResult;

    protected DisclosureRequest() {
    }

    /**
     * Registers a request; the receipt date follows the channel's rule (Art. 31), and a request without the
     * date the rule needs is refused.
     */
    public static DisclosureRequest register(long unitId, RequesterType type, String requesterName, Channel channel,
                                             LocalDate submitted, LocalDate signed, LocalDate confirmed,
                                             String content, String actor) {
        if (type == null || channel == null) {
            throw new DomainException("error.disclosure.register.incomplete");
        }
        DisclosureRequest r = new DisclosureRequest();
        r.receivedOn = channel.receiptDate(submitted, signed, confirmed);
        r.registeredFor(unitId, actor);
        r.requesterType = type;
        r.requesterName = required(requesterName, "error.disclosure.register.requesterMissing");
        r.channel = channel;
        r.submittedOn = submitted;
        r.signedOn = signed;
        r.confirmedOn = confirmed;
        r.content = required(content, "error.disclosure.register.contentMissing");
        r.status = Status.OPEN;
        return r;
    }

    /** The day the reply clock currently counts from: receipt, or receipt of the corrected request (Art. 30). */
    public LocalDate clockStart() {
        return correctionReceivedOn != null ? correctionReceivedOn : receivedOn;
    }

    /**
     * 补正告知: once only (第三十条 "一次性告知"), not before receipt; {@code dueOn} is the period the agency
     * gives the requester. The reply clock stops until the corrected request arrives.
     */
    public String noticeCorrection(LocalDate on, LocalDate dueOn) {
        if (correctionNoticeOn != null) {
            throw new DomainException("error.disclosure.correction.once");
        }
        requireStatus(Status.OPEN);
        notBefore(on, receivedOn, "error.disclosure.order.correctionNotice");
        if (dueOn == null || !dueOn.isAfter(on)) {
            throw new DomainException("error.disclosure.order.correctionDue", String.valueOf(dueOn), on.toString());
        }
        correctionNoticeOn = on;
        correctionDueOn = dueOn;
        status = Status.AWAITING_CORRECTION;
        return on + " → " + dueOn;
    }

    /** The corrected request arrived: the full reply period restarts from this day (第三十条). */
    public String receiveCorrection(LocalDate on) {
        requireStatus(Status.AWAITING_CORRECTION);
        notBefore(on, correctionNoticeOn, "error.disclosure.order.correctionReceived");
        correctionReceivedOn = on;
        status = Status.OPEN;
        return on.toString();
    }

    /**
     * 视为放弃: no correction by the period the agency set (第三十条 "逾期未补正的，视为放弃申请"); recorded by the
     * officer on a day after that period. Counted in the table as 其他处理 1.
     */
    public String deemWithdrawn(LocalDate on) {
        requireStatus(Status.AWAITING_CORRECTION);
        if (on == null || !on.isAfter(correctionDueOn)) {
            throw new DomainException("error.disclosure.withdrawn.early", correctionDueOn.toString());
        }
        status = Status.CLOSED;
        closedOn = on;
        outcome = Outcome.OTHER_NO_CORRECTION;
        return on.toString();
    }

    /** 征求第三方意见 starts: the days do not count towards the reply (第三十二条, 第三十三条第三款). Once per request. */
    public String startConsultation(LocalDate on) {
        requireStatus(Status.OPEN);
        if (consultationStartedOn != null) {
            throw new DomainException("error.disclosure.consultation.once");
        }
        if (on == null || !on.isAfter(clockStart())) {
            throw new DomainException("error.disclosure.order.consultation", String.valueOf(on), clockStart().toString());
        }
        consultationStartedOn = on;
        status = Status.CONSULTING;
        return on.toString();
    }

    /** The third party answered (or its 15 working days passed): counting resumes (第三十二条). */
    public String endConsultation(LocalDate on) {
        requireStatus(Status.CONSULTING);
        notBefore(on, consultationStartedOn, "error.disclosure.order.consultationEnd");
        consultationEndedOn = on;
        status = Status.OPEN;
        return consultationStartedOn + " → " + on;
    }

    /**
     * 延长答复期限: once, at most 20 working days, with the approver (机构负责人) named and the requester told,
     * before the reply deadline passes (第三十三条第二款).
     *
     * @param deadline the reply deadline in force before the extension
     */
    public String extend(int days, String approver, LocalDate noticeOn, LocalDate deadline) {
        if (extensionDays != null) {
            throw new DomainException("error.disclosure.extension.once");
        }
        requireStatus(Status.OPEN);
        if (days < 1 || days > MAX_EXTENSION_DAYS) {
            throw new DomainException("error.disclosure.extension.tooLong", days, MAX_EXTENSION_DAYS);
        }
        String who = required(approver, "error.disclosure.extension.approverMissing");
        notBefore(noticeOn, clockStart(), "error.disclosure.order.extension");
        if (noticeOn.isAfter(deadline)) {
            throw new DomainException("error.disclosure.extension.afterDeadline", noticeOn.toString(), deadline.toString());
        }
        extensionDays = days;
        extensionApprover = who;
        extensionNoticeOn = noticeOn;
        return days + " / " + who + " / " + noticeOn;
    }

    /** 答复: closes the request with an Art. 36 category; not before the clock's start (第三十三条). */
    public String reply(LocalDate on, Outcome result, String note) {
        requireStatus(Status.OPEN);
        if (result == null) {
            throw new DomainException("error.disclosure.reply.outcomeMissing");
        }
        notBefore(on, clockStart(), "error.disclosure.order.reply");
        status = Status.CLOSED;
        closedOn = on;
        outcome = result;
        outcomeNote = note == null || note.isBlank() ? null : note.strip();
        return on + " " + result;
    }

    /** Records what became of a reconsideration or lawsuit against the reply (table 第四部分). */
    public String recordReview(ReviewResult reconsideration, ReviewResult litigation) {
        requireStatus(Status.CLOSED);
        reconsiderationResult = reconsideration;
        litigationResult = litigation;
        return reconsideration + " / " + litigation;
    }

    /** 作废: registered in error; kept with the reason, out of every count. */
    public String voidWithReason(String reason) {
        if (status == Status.VOIDED) {
            throw new DomainException("error.disclosure.status", status.name());
        }
        String why = voidedBecause(reason, "error.disclosure.void.reasonMissing");
        status = Status.VOIDED;
        return why;
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw new DomainException("error.disclosure.status", status.name());
        }
    }

    public RequesterType getRequesterType() { return requesterType; }
    public String getRequesterName() { return requesterName; }
    public Channel getChannel() { return channel; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public LocalDate getSignedOn() { return signedOn; }
    public LocalDate getConfirmedOn() { return confirmedOn; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getContent() { return content; }
    public Status getStatus() { return status; }
    public LocalDate getCorrectionNoticeOn() { return correctionNoticeOn; }
    public LocalDate getCorrectionDueOn() { return correctionDueOn; }
    public LocalDate getCorrectionReceivedOn() { return correctionReceivedOn; }
    public LocalDate getConsultationStartedOn() { return consultationStartedOn; }
    public LocalDate getConsultationEndedOn() { return consultationEndedOn; }
    public Integer getExtensionDays() { return extensionDays; }
    public String getExtensionApprover() { return extensionApprover; }
    public LocalDate getExtensionNoticeOn() { return extensionNoticeOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public Outcome getOutcome() { return outcome; }
    public String getOutcomeNote() { return outcomeNote; }
    public ReviewResult getReconsiderationResult() { return reconsiderationResult; }
    public ReviewResult getLitigationResult() { return litigationResult; }
}
