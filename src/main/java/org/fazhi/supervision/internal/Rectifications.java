package org.fazhi.supervision.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.fazhi.attachment.Attachments;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Period;
import org.fazhi.identity.CurrentUser;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.supervision.SupervisionProperties;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 整改 — the office raises an item from a supervision order (for the order's unit) or from a published circular
 * (for a unit with tasks in the circular's plan), with a requirement and a deadline of n working days on the
 * official calendar or a date (a date on a day off moves to the next working day). The unit's liaison reports
 * (text and evidence files; a draft may be saved and changed, a submitted report never); the office accepts
 * (the item closes) or returns it with a comment (the unit reports again; earlier reports are kept). The office
 * may void an open item with a reason; an item is never deleted. Every change records who and when, and is
 * told through the inbox. The item's row is locked for each step, so a double submit is refused.
 */
@Service
@Transactional
public class Rectifications {

    /** What the office writes when raising an item: a number of working days or a date (else the default). */
    public record Raise(Rectification.Source source, Long sourceId, Long unitId, String requirement,
                        Integer workingDays, LocalDate dueOn) {
    }

    /** An evidence file as uploaded. */
    public record Upload(String fileName, InputStreamSource content) {
    }

    private final RectificationStore store;
    private final Orders orders;
    private final Circulars circulars;
    private final ProgressDirectory progress;
    private final CalendarManagement calendar;
    private final Notifications notifications;
    private final Recipients recipients;
    private final Attachments attachments;
    private final SupervisionProperties properties;
    private final RectificationLights lights;
    private final DeadlineMoves moves;

    Rectifications(RectificationStore store, Orders orders, Circulars circulars, ProgressDirectory progress,
                   CalendarManagement calendar, Notifications notifications, Recipients recipients,
                   Attachments attachments, SupervisionProperties properties, RectificationLights lights,
                   DeadlineMoves moves) {
        this.moves = moves;
        this.store = store;
        this.orders = orders;
        this.circulars = circulars;
        this.progress = progress;
        this.calendar = calendar;
        this.notifications = notifications;
        this.recipients = recipients;
        this.attachments = attachments;
        this.properties = properties;
        this.lights = lights;
    }

    public Rectification raise(CurrentUser user, Raise raise) {
        return raise(user, raise, progress.today());
    }

    /** Raises an item as of {@code today} (the clock's day; tests pass a known one). */
    public Rectification raise(CurrentUser user, Raise raise, LocalDate today) {
        SupervisionAccess.requireOffice(user);
        if (raise.source() == null || raise.sourceId() == null) {
            throw new DomainException("error.supervision.rectification.noSource");
        }
        if (raise.unitId() == null) {
            throw new DomainException("error.supervision.rectification.noUnit");
        }
        String label;
        Long planId = null;
        if (raise.source() == Rectification.Source.ORDER) {
            SupervisionOrder order = orders.one(user, raise.sourceId());
            if (order.closed()) {
                throw new DomainException("error.supervision.order.closed", order.number());
            }
            if (order.unitId() != raise.unitId()) {
                throw new DomainException("error.supervision.rectification.notAddressee", order.number());
            }
            label = order.number();
        } else {
            Circular circular = circulars.one(user, raise.sourceId());
            if (!circular.published()) {
                throw new DomainException("error.supervision.rectification.circularDraft");
            }
            if (progress.ofPlan(circular.planId()).stream().map(AssignmentStatus::unitId)
                    .noneMatch(u -> u == raise.unitId())) {
                throw new DomainException("error.supervision.rectification.notAddressee", circular.title());
            }
            label = circular.title();
            planId = circular.planId();
        }
        String requirement = Texts.required(raise.requirement(), 5000,
                "error.supervision.rectification.requirementRequired");
        Integer days = raise.dueOn() != null ? null
                : raise.workingDays() != null ? raise.workingDays() : properties.rectificationDays();
        if (days != null && (days < 1 || days > 250)) {
            throw new DomainException("error.supervision.order.days", 1, 250);
        }
        if (raise.dueOn() != null && raise.dueOn().isBefore(today)) {
            throw new DomainException("error.supervision.rectification.pastDate", raise.dueOn().toString());
        }
        DeadlineRequest request = request(today, days, raise.dueOn());
        LocalDate due = calendar.deadline(request);
        long id = store.insert(raise.source(), raise.sourceId(), label, planId, raise.unitId(), requirement, days,
                today, due, user.username());
        Rectification item = store.find(id).orElseThrow();
        notifications.send(recipients.liaisons(item.unitId()), NotificationKind.RECTIFICATION,
                "supervision.notice.rectification", List.of(label, item.unitName(), due.toString()), requirement,
                link(id));
        return item;
    }

    /**
     * How an item's deadline is computed: n working days after the day it was raised, or the given date (on
     * a day off: the next working day, as 行政诉讼法 第一百零一条 and 民事诉讼法 第八十五条 count the end of a period).
     */
    static DeadlineRequest request(LocalDate raisedOn, Integer workingDays, LocalDate dueOn) {
        return workingDays != null ? DeadlineRequest.of(raisedOn, Period.workingDays(workingDays))
                : DeadlineRequest.of(dueOn.minusDays(1), Period.calendarDays(1));
    }

    /**
     * The liaison saves a report (text and files) or submits it; a saved draft may be changed and submitted
     * later. Refused once the item is closed or while a submitted report waits for the office.
     */
    public Rectification report(CurrentUser user, long id, String text, List<Upload> files, boolean submit) {
        Rectification item = store.lock(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        SupervisionAccess.requireLiaison(user, item.unitId());
        if (item.closed()) {
            throw new DomainException("error.supervision.rectification.closed");
        }
        if (item.state() == RectificationState.SUBMITTED) {
            throw new DomainException("error.supervision.rectification.awaitingReview");
        }
        String body = submit ? Texts.required(text, 10_000, "error.supervision.rectification.textRequired")
                : Texts.optional(text, 10_000);
        RectificationReport draft = latest(id);
        long reportId;
        if (draft != null && draft.state() == RectificationReport.State.DRAFT) {
            reportId = draft.id();
            store.updateDraft(reportId, body == null ? draft.text() : body, user.username());
        } else {
            reportId = store.insertReport(id, body == null ? "" : body, user.username());
        }
        store(reportId, files, user);
        if (submit) {
            store.submitReport(reportId, user.username());
            if (!store.move(item, RectificationState.SUBMITTED, user.username(), null)) {
                throw new DomainException("error.supervision.stale");
            }
            notifications.send(recipients.office(), NotificationKind.RECTIFICATION_SUBMITTED,
                    "supervision.notice.rectificationSubmitted", List.of(item.sourceLabel(), item.unitName()),
                    body, link(id));
        }
        return store.find(id).orElseThrow();
    }

    /** The office accepts the submitted report (the item closes) or returns it with a comment. */
    public Rectification review(CurrentUser user, long id, Long version, boolean accept, String comment) {
        SupervisionAccess.requireOffice(user);
        Rectification item = store.lock(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (item.state() != RectificationState.SUBMITTED) {
            throw new DomainException(item.closed() ? "error.supervision.rectification.closed"
                    : "error.supervision.rectification.nothingToReview");
        }
        if (version != null && version != item.version()) {
            throw new DomainException("error.supervision.stale");
        }
        String note = accept ? Texts.optional(comment, 2000)
                : Texts.required(comment, 2000, "error.supervision.rectification.commentRequired");
        RectificationReport submitted = latest(id);
        store.reviewReport(submitted.id(), accept ? RectificationReport.State.ACCEPTED
                : RectificationReport.State.RETURNED, user.username(), note);
        RectificationState to = accept ? RectificationState.ACCEPTED : RectificationState.RETURNED;
        if (!store.move(item, to, user.username(), note)) {
            throw new DomainException("error.supervision.stale");
        }
        notifications.send(recipients.liaisons(item.unitId()), accept ? NotificationKind.RECTIFICATION_ACCEPTED
                : NotificationKind.RECTIFICATION_RETURNED, accept ? "supervision.notice.rectificationAccepted"
                : "supervision.notice.rectificationReturned", List.of(item.sourceLabel(), item.unitName()), note,
                link(id));
        return store.find(id).orElseThrow();
    }

    /** The office voids an item that is not closed, giving the reason. */
    public Rectification voidItem(CurrentUser user, long id, String reason) {
        SupervisionAccess.requireOffice(user);
        Rectification item = store.lock(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (item.closed()) {
            throw new DomainException("error.supervision.rectification.closed");
        }
        String why = Texts.required(reason, 2000, "error.supervision.rectification.reasonRequired");
        if (!store.move(item, RectificationState.VOIDED, user.username(), why)) {
            throw new DomainException("error.supervision.stale");
        }
        notifications.send(recipients.liaisons(item.unitId()), NotificationKind.RECTIFICATION_VOIDED,
                "supervision.notice.rectificationVoided", List.of(item.sourceLabel(), item.unitName()), why, link(id));
        return store.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Rectification one(CurrentUser user, long id) {
        Rectification item = store.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        SupervisionAccess.requireRead(user, item.unitId());
        return item;
    }

    /** The items {@code user} may see: a unit's (given, or the user's own), else every one (office, leaders). */
    @Transactional(readOnly = true)
    public List<Rectification> list(CurrentUser user, Long unitId, RectificationState state) {
        return list(user, unitId, state, null, false);
    }

    /**
     * The items {@code user} may see, filtered as {@link #list(CurrentUser, Long, RectificationState)} and, if
     * given, to one plan's ({@link #ofPlan}) and to open ones (neither accepted nor voided).
     */
    @Transactional(readOnly = true)
    public List<Rectification> list(CurrentUser user, Long unitId, RectificationState state, Long planId,
                                    boolean openOnly) {
        Long unit = unitId != null ? unitId : user.seesAllUnits() ? null : user.unitId();
        if (unit == null && !user.seesAllUnits()) {
            throw new org.springframework.security.access.AccessDeniedException("supervision: no unit");
        }
        if (unit != null) {
            SupervisionAccess.requireRead(user, unit);
        }
        if (planId == null) {
            return store.list(unit, state, openOnly, null, 1000);
        }
        return store.list(unit, state, openOnly, ofPlan(planId, progress.ofPlan(planId).stream()
                .map(AssignmentStatus::id).toList()), Integer.MAX_VALUE);
    }

    /**
     * The open items of one plan whose assignments the caller knows (no access check; the dashboard's count and
     * the list's plan filter are this one selection), optionally of one unit.
     */
    @Transactional(readOnly = true)
    public List<Rectification> openOfPlan(long planId, java.util.Collection<Long> assignmentIds, Long unitId) {
        return store.list(unitId, null, true, ofPlan(planId, assignmentIds), Integer.MAX_VALUE);
    }

    /** A plan's items: raised by a circular on the plan, or by an order about one of its assignments. */
    private RectificationStore.PlanScope ofPlan(long planId, java.util.Collection<Long> assignmentIds) {
        return new RectificationStore.PlanScope(planId, orders.aboutAssignments(java.util.Set.copyOf(assignmentIds)));
    }

    /** The items an order or circular raised (the caller has checked the reader may see it), for its page. */
    @Transactional(readOnly = true)
    public List<Rectification> ofSource(CurrentUser user, Rectification.Source source, long sourceId) {
        return store.ofSource(source, sourceId).stream().filter(r -> user.maySee(r.unitId())).toList();
    }

    /** The item with its light on the clock's day, reports and history (whoever may see the unit). */
    @Transactional(readOnly = true)
    public RectificationDetail detail(CurrentUser user, long id) {
        Rectification item = one(user, id);
        return new RectificationDetail(item, lights.of(item, progress.today()), store.reports(id), store.events(id),
                moves.of("RECTIFICATION", id));
    }

    @Transactional(readOnly = true)
    public List<RectificationReport> reports(CurrentUser user, long id) {
        one(user, id);
        return store.reports(id);
    }

    @Transactional(readOnly = true)
    public List<RectificationEvent> history(CurrentUser user, long id) {
        one(user, id);
        return store.events(id);
    }

    /** Items not closed, earliest deadline first (digest, dashboard). */
    @Transactional(readOnly = true)
    public List<Rectification> notClosed() {
        return store.notClosed();
    }

    private RectificationReport latest(long id) {
        return store.reports(id).stream().max(Comparator.comparingInt(RectificationReport::seq)).orElse(null);
    }

    private void store(long reportId, List<Upload> files, CurrentUser user) {
        for (Upload file : files == null ? List.<Upload>of() : files) {
            try (InputStream in = file.content().getInputStream()) {
                attachments.store(RectificationReport.owner(reportId), file.fileName(), in, user.username());
            } catch (IOException e) {
                throw new DomainException("error.supervision.rectification.uploadFailed",
                        String.valueOf(file.fileName()));
            }
        }
    }

    static String link(long id) {
        return "/supervision/rectifications/" + id;
    }
}
