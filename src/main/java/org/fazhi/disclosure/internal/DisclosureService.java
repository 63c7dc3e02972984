package org.fazhi.disclosure.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.fazhi.attachment.Attachments;
import org.fazhi.attachment.StoredFile;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.identity.CurrentUser;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the disclosure register. Each write checks the actor's scope and the form's version
 * (optimistic locking), applies one rule of {@link DisclosureRequest} and records who, when and what —
 * all or nothing.
 */
@Service
public class DisclosureService {

    /** A new request as the form or API gives it. */
    public record Registration(long unitId, RequesterType requesterType, String requesterName, Channel channel,
                               LocalDate submittedOn, LocalDate signedOn, LocalDate confirmedOn, String content) {
    }

    private final DisclosureRequests requests;
    private final DisclosureHistory history;
    private final CalendarManagement calendar;
    private final UnitDirectory units;
    private final Attachments attachments;

    DisclosureService(DisclosureRequests requests, DisclosureHistory history, CalendarManagement calendar,
                      UnitDirectory units, Attachments attachments) {
        this.requests = requests;
        this.history = history;
        this.calendar = calendar;
        this.units = units;
        this.attachments = attachments;
    }

    /** The owner reference of a request's files in the attachment module. */
    public static String owner(long id) {
        return "disclosure:request:" + id;
    }

    /** Attaches a file (the request letter, the reply, …) to a request the actor may act for; logged. */
    @Transactional
    public StoredFile attach(long id, String fileName, InputStream content, CurrentUser actor) {
        DisclosureRequest request = requests.findById(id)
                .orElseThrow(() -> new NotFoundException("error.disclosure.notFound"));
        DisclosureAccess.SCOPE.requireAct(actor, request.getUnitId());
        StoredFile file = attachments.store(owner(id), fileName, content, actor.username());
        history.record(id, actor.username(), "attached", file.fileName());
        return file;
    }

    /** The files of a request the actor may read. */
    @Transactional(readOnly = true)
    public List<StoredFile> files(long id, CurrentUser actor) {
        get(id, actor);
        return attachments.of(owner(id));
    }

    /** Registers a request for a unit the actor may act for; refused without the receipt date (Art. 31). */
    @Transactional
    public DisclosureRequest register(Registration form, CurrentUser actor) {
        units.find(form.unitId()).filter(u -> u.active())
                .orElseThrow(() -> new NotFoundException("error.disclosure.unitUnknown"));
        DisclosureAccess.SCOPE.requireAct(actor, form.unitId());
        DisclosureRequest request = requests.save(DisclosureRequest.register(form.unitId(), form.requesterType(),
                form.requesterName(), form.channel(), form.submittedOn(), form.signedOn(), form.confirmedOn(),
                form.content(), actor.username()));
        history.record(request.getId(), actor.username(), "registered",
                form.channel() + " " + request.getReceivedOn());
        return request;
    }

    /** A request the actor may read. */
    @Transactional(readOnly = true)
    public DisclosureRequest get(long id, CurrentUser actor) {
        DisclosureRequest request = requests.findById(id)
                .orElseThrow(() -> new NotFoundException("error.disclosure.notFound"));
        DisclosureAccess.SCOPE.requireRead(actor, request.getUnitId());
        return request;
    }

    /** Every request the actor may read, newest first. */
    @Transactional(readOnly = true)
    public List<DisclosureRequest> visibleTo(CurrentUser actor) {
        if (DisclosureAccess.SCOPE.seesAll(actor)) {
            return requests.findAllByOrderByReceivedOnDescIdDesc();
        }
        if (actor.unitId() == null) {
            return List.of();
        }
        return requests.findByUnitIdInOrderByReceivedOnDescIdDesc(List.of(actor.unitId()));
    }

    @Transactional
    public void noticeCorrection(long id, long version, LocalDate on, LocalDate dueOn, CurrentUser actor) {
        change(id, version, actor, "correctionNotice", r -> r.noticeCorrection(on, dueOn));
    }

    @Transactional
    public void receiveCorrection(long id, long version, LocalDate on, CurrentUser actor) {
        change(id, version, actor, "correctionReceived", r -> r.receiveCorrection(on));
    }

    @Transactional
    public void deemWithdrawn(long id, long version, LocalDate on, CurrentUser actor) {
        change(id, version, actor, "deemedWithdrawn", r -> r.deemWithdrawn(on));
    }

    @Transactional
    public void startConsultation(long id, long version, LocalDate on, CurrentUser actor) {
        change(id, version, actor, "consultationStarted", r -> r.startConsultation(on));
    }

    @Transactional
    public void endConsultation(long id, long version, LocalDate on, CurrentUser actor) {
        change(id, version, actor, "consultationEnded", r -> r.endConsultation(on));
    }

    /** Extends once; the deadline before the extension comes from the calendar (第三十三条第二款). */
    @Transactional
    public void extend(long id, long version, int days, String approver, LocalDate noticeOn, CurrentUser actor) {
        change(id, version, actor, "extended", r -> r.extend(days, approver, noticeOn,
                calendar.deadline(ReplyClock.reply(r, calendar.rules())
                        .orElseThrow(() -> new DomainException("error.disclosure.status", r.getStatus().name())))));
    }

    @Transactional
    public void reply(long id, long version, LocalDate on, Outcome outcome, String note, CurrentUser actor) {
        change(id, version, actor, "replied", r -> r.reply(on, outcome, note));
    }

    @Transactional
    public void recordReview(long id, long version, ReviewResult reconsideration, ReviewResult litigation,
                             CurrentUser actor) {
        change(id, version, actor, "reviewed", r -> r.recordReview(reconsideration, litigation));
    }

    @Transactional
    public void voidRequest(long id, long version, String reason, CurrentUser actor) {
        change(id, version, actor, "voided", r -> r.voidWithReason(reason));
    }

    private void change(long id, long version, CurrentUser actor, String action,
                        Function<DisclosureRequest, String> rule) {
        DisclosureRequest request = requests.findById(id)
                .orElseThrow(() -> new NotFoundException("error.disclosure.notFound"));
        DisclosureAccess.SCOPE.requireAct(actor, request.getUnitId());
        if (request.getVersion() != version) {
            throw new DomainException("error.disclosure.stale");
        }
        String detail = rule.apply(request);
        requests.saveAndFlush(request);
        history.record(id, actor.username(), action, detail);
    }
}
