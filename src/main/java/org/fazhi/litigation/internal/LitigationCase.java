package org.fazhi.litigation.internal;

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
 * 行政应诉案件 — one instance of a lawsuit against a unit. Each method enforces one rule and refuses
 * out-of-order dates naming the article; the service records who did what. Never deleted, only voided.
 */
@Entity
@Table(name = "litigation_case")
public class LitigationCase extends RegisterRecord {

    private String court;
    @Column(name = "case_number")
    private String caseNumber;
    private String plaintiff;
    @Column(name = "challenged_act")
    private String challengedAct;
    @Enumerated(EnumType.STRING)
    private Instance instance;
    @Column(name = "complaint_received_on")
    private LocalDate complaintReceivedOn;
    @Column(name = "defence_submitted_on")
    private LocalDate defenceSubmittedOn;
    @Enumerated(EnumType.STRING)
    private LitigationStatus status;
    @Column(name = "judgment_on")
    private LocalDate judgmentOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "judgment_result")
    private JudgmentResult judgmentResult;
    private Boolean performed;

    protected LitigationCase() {
    }

    /** Registers an instance; the complaint copy's receipt date starts the defence period (行政诉讼法 第六十七条). */
    public static LitigationCase register(long unitId, String court, String caseNumber, String plaintiff, String act,
                                          Instance instance, LocalDate complaintReceivedOn, String actor) {
        LitigationCase c = new LitigationCase();
        c.registeredFor(unitId, actor);
        c.court = required(court, "error.litigation.register.court");
        c.caseNumber = required(caseNumber, "error.litigation.register.caseNumber");
        c.plaintiff = required(plaintiff, "error.litigation.register.plaintiff");
        c.challengedAct = required(act, "error.litigation.register.act");
        if (instance == null) {
            throw new DomainException("error.litigation.register.instance");
        }
        if (complaintReceivedOn == null) {
            throw new DomainException("error.litigation.register.received");
        }
        c.instance = instance;
        c.complaintReceivedOn = complaintReceivedOn;
        c.status = LitigationStatus.OPEN;
        return c;
    }

    /** 答辩状 and evidence submitted; not before the complaint copy arrived (第六十七条). */
    public String submitDefence(LocalDate on) {
        requireStatus(LitigationStatus.OPEN);
        notBefore(on, complaintReceivedOn, "error.litigation.order.defence");
        defenceSubmittedOn = on;
        return on.toString();
    }

    /**
     * Checks a hearing before it is recorded: the case must be pending, the date not before the complaint, and
     * when no head appeared an excuse must be chosen (最高法规定 第八条; "none given" is a choice, 第十二条).
     */
    public void checkHearing(LocalDate heldOn, Appearance appearance, Excuse excuse) {
        requireStatus(LitigationStatus.OPEN);
        notBefore(heldOn, complaintReceivedOn, "error.litigation.order.hearing");
        if (appearance == null) {
            throw new DomainException("error.litigation.hearing.appearance");
        }
        if (!appearance.headPresent() && excuse == null) {
            throw new DomainException("error.litigation.hearing.excuse");
        }
    }

    /** 判决/裁定 recorded: closes the instance; not before the complaint (行政诉讼法 第六十九条 to 第七十八条). */
    public String decide(LocalDate on, JudgmentResult result) {
        requireStatus(LitigationStatus.OPEN);
        notBefore(on, complaintReceivedOn, "error.litigation.order.judgment");
        if (result == null) {
            throw new DomainException("error.litigation.judgment.result");
        }
        judgmentOn = on;
        judgmentResult = result;
        status = LitigationStatus.DECIDED;
        return on + " " + result;
    }

    /** Whether the effective judgment was performed (行政诉讼法 第九十四条, 第九十六条). */
    public String recordPerformance(boolean done) {
        requireStatus(LitigationStatus.DECIDED);
        performed = done;
        return String.valueOf(done);
    }

    /** Checks a judicial suggestion's receipt date (最高法规定 第十二条). */
    public void checkSuggestion(LocalDate receivedOn) {
        if (status == LitigationStatus.VOIDED) {
            throw new DomainException("error.litigation.status", status.name());
        }
        notBefore(receivedOn, complaintReceivedOn, "error.litigation.order.suggestion");
    }

    public String voidWithReason(String reason) {
        if (status == LitigationStatus.VOIDED) {
            throw new DomainException("error.litigation.status", status.name());
        }
        String why = voidedBecause(reason, "error.litigation.void.reason");
        status = LitigationStatus.VOIDED;
        return why;
    }

    /** 败诉 — the agency lost this instance. */
    public boolean lost() {
        return judgmentResult != null && judgmentResult.lost();
    }

    private void requireStatus(LitigationStatus expected) {
        if (status != expected) {
            throw new DomainException("error.litigation.status", status.name());
        }
    }

    public String getCourt() { return court; }
    public String getCaseNumber() { return caseNumber; }
    public String getPlaintiff() { return plaintiff; }
    public String getChallengedAct() { return challengedAct; }
    public Instance getInstance() { return instance; }
    public LocalDate getComplaintReceivedOn() { return complaintReceivedOn; }
    public LocalDate getDefenceSubmittedOn() { return defenceSubmittedOn; }
    public LitigationStatus getStatus() { return status; }
    public LocalDate getJudgmentOn() { return judgmentOn; }
    public JudgmentResult getJudgmentResult() { return judgmentResult; }
    public Boolean getPerformed() { return performed; }
}
