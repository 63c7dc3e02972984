package org.fazhi.litigation.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.fazhi.attachment.Attachments;
import org.fazhi.attachment.StoredFile;
import org.fazhi.identity.CurrentUser;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the litigation register. Each write checks scope and version, applies one rule of
 * {@link LitigationCase} and records who, when and what — all or nothing.
 */
@Service
public class LitigationService {

    /** A new case as the form or API gives it. */
    public record Registration(long unitId, String court, String caseNumber, String plaintiff, String act,
                               Instance instance, LocalDate complaintReceivedOn) {
    }

    private final LitigationCases cases;
    private final LitigationRecords records;
    private final UnitDirectory units;
    private final Attachments attachments;

    LitigationService(LitigationCases cases, LitigationRecords records, UnitDirectory units, Attachments attachments) {
        this.cases = cases;
        this.records = records;
        this.units = units;
        this.attachments = attachments;
    }

    /** The owner reference of a case's files in the attachment module. */
    public static String owner(long id) {
        return "litigation:case:" + id;
    }

    /** Attaches a file (complaint, defence, judgment, suggestion, …) to a case the actor may act for; logged. */
    @Transactional
    public StoredFile attach(long id, String fileName, InputStream content, CurrentUser actor) {
        LitigationCase c = cases.findById(id).orElseThrow(() -> new NotFoundException("error.litigation.notFound"));
        LitigationAccess.SCOPE.requireAct(actor, c.getUnitId());
        StoredFile file = attachments.store(owner(id), fileName, content, actor.username());
        records.record(id, actor.username(), "attached", file.fileName());
        return file;
    }

    /** The files of a case the actor may read. */
    @Transactional(readOnly = true)
    public List<StoredFile> files(long id, CurrentUser actor) {
        get(id, actor);
        return attachments.of(owner(id));
    }

    @Transactional
    public LitigationCase register(Registration form, CurrentUser actor) {
        units.find(form.unitId()).filter(u -> u.active())
                .orElseThrow(() -> new NotFoundException("error.litigation.unitUnknown"));
        LitigationAccess.SCOPE.requireAct(actor, form.unitId());
        LitigationCase saved = cases.save(LitigationCase.register(form.unitId(), form.court(), form.caseNumber(),
                form.plaintiff(), form.act(), form.instance(), form.complaintReceivedOn(), actor.username()));
        records.record(saved.getId(), actor.username(), "registered", saved.getCaseNumber() + " " + saved.getInstance());
        return saved;
    }

    @Transactional(readOnly = true)
    public LitigationCase get(long id, CurrentUser actor) {
        LitigationCase c = cases.findById(id).orElseThrow(() -> new NotFoundException("error.litigation.notFound"));
        LitigationAccess.SCOPE.requireRead(actor, c.getUnitId());
        return c;
    }

    @Transactional(readOnly = true)
    public List<LitigationCase> visibleTo(CurrentUser actor) {
        if (LitigationAccess.SCOPE.seesAll(actor)) {
            return cases.findAllByOrderByComplaintReceivedOnDescIdDesc();
        }
        return actor.unitId() == null ? List.of()
                : cases.findByUnitIdInOrderByComplaintReceivedOnDescIdDesc(List.of(actor.unitId()));
    }

    @Transactional
    public void submitDefence(long id, long version, LocalDate on, CurrentUser actor) {
        change(id, version, actor, "defence", c -> c.submitDefence(on));
    }

    /** Records a hearing; when no head appeared, the excuse (最高法规定 第八条) is required. */
    @Transactional
    public void recordHearing(long id, long version, LocalDate heldOn, Appearance appearance, String appeared,
                              Excuse excuse, String note, CurrentUser actor) {
        change(id, version, actor, "hearing", c -> {
            c.checkHearing(heldOn, appearance, excuse);
            Excuse kept = appearance.headPresent() ? null : excuse;
            records.addHearing(c.getId(), heldOn, appearance, blankToNull(appeared), kept, blankToNull(note),
                    actor.username());
            return heldOn + " " + appearance + (kept == null ? "" : " " + kept);
        });
    }

    @Transactional
    public void decide(long id, long version, LocalDate on, JudgmentResult result, CurrentUser actor) {
        change(id, version, actor, "judgment", c -> c.decide(on, result));
    }

    @Transactional
    public void recordPerformance(long id, long version, boolean performed, CurrentUser actor) {
        change(id, version, actor, "performance", c -> c.recordPerformance(performed));
    }

    @Transactional
    public void receiveSuggestion(long id, long version, LocalDate on, String content, CurrentUser actor) {
        change(id, version, actor, "suggestion", c -> {
            c.checkSuggestion(on);
            if (content == null || content.isBlank()) {
                throw new DomainException("error.litigation.suggestion.content");
            }
            return on + " #" + records.addSuggestion(c.getId(), on, content.strip());
        });
    }

    @Transactional
    public void replySuggestion(long id, long version, long suggestionId, LocalDate on, String reply,
                                CurrentUser actor) {
        change(id, version, actor, "suggestionReply", c -> {
            Suggestion s = records.suggestions(List.of(c.getId())).stream().filter(x -> x.id() == suggestionId)
                    .findFirst().orElseThrow(() -> new NotFoundException("error.litigation.notFound"));
            org.fazhi.platform.Checks.notBefore(on, s.receivedOn(), "error.litigation.order.suggestionReply");
            if (reply == null || reply.isBlank() || !records.replySuggestion(c.getId(), suggestionId, on, reply.strip())) {
                throw new DomainException("error.litigation.suggestion.reply");
            }
            return "#" + suggestionId + " " + on;
        });
    }

    @Transactional
    public void voidCase(long id, long version, String reason, CurrentUser actor) {
        change(id, version, actor, "voided", c -> c.voidWithReason(reason));
    }

    private void change(long id, long version, CurrentUser actor, String action, Function<LitigationCase, String> rule) {
        LitigationCase c = cases.findById(id).orElseThrow(() -> new NotFoundException("error.litigation.notFound"));
        LitigationAccess.SCOPE.requireAct(actor, c.getUnitId());
        if (c.getVersion() != version) {
            throw new DomainException("error.litigation.stale");
        }
        String detail = rule.apply(c);
        // a hearing or suggestion changes the case too: bump its version so stale forms are refused
        cases.saveAndFlush(c);
        cases.bump(id);
        records.record(id, actor.username(), action, detail);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
