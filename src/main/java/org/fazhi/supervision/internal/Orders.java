package org.fazhi.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Period;
import org.fazhi.identity.CurrentUser;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.supervision.SupervisionProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督办 — the office issues a formal order to one unit about one or more of its assignments, with the reason,
 * the written response it requires and a deadline of {@code n} working days on the official calendar; the
 * unit's liaisons are told at once. The liaison responds in writing (more than once if need be); the office
 * closes the order, after which no response is accepted. An open order past its deadline is escalated to the
 * unit's leaders once ({@link #escalateOverdue}). Every step records who and when.
 */
@Service
@Transactional
public class Orders {

    /** What the office writes when issuing an order. */
    public record Draft(Long unitId, List<Long> assignmentIds, String reason, String requirement, Integer responseDays) {
    }

    private final OrderStore store;
    private final ProgressDirectory progress;
    private final CalendarManagement calendar;
    private final Notifications notifications;
    private final Recipients recipients;
    private final SupervisionProperties properties;
    private final RectificationStore rectifications;

    Orders(OrderStore store, ProgressDirectory progress, CalendarManagement calendar, Notifications notifications,
           Recipients recipients, SupervisionProperties properties, RectificationStore rectifications) {
        this.store = store;
        this.rectifications = rectifications;
        this.progress = progress;
        this.calendar = calendar;
        this.notifications = notifications;
        this.recipients = recipients;
        this.properties = properties;
    }

    public SupervisionOrder issue(CurrentUser user, Draft draft) {
        SupervisionAccess.requireOffice(user);
        if (draft.unitId() == null) {
            throw new DomainException("error.supervision.order.noUnit");
        }
        if (draft.assignmentIds() == null || draft.assignmentIds().isEmpty()) {
            throw new DomainException("error.supervision.order.noAssignment");
        }
        String reason = Texts.required(draft.reason(), 5000, "error.supervision.order.reasonRequired");
        String requirement = Texts.required(draft.requirement(), 5000, "error.supervision.order.requirementRequired");
        int days = draft.responseDays() == null ? properties.orderResponseDays() : draft.responseDays();
        if (days < 1 || days > 60) {
            throw new DomainException("error.supervision.order.days", 1, 60);
        }
        List<AssignmentStatus> items = draft.assignmentIds().stream().distinct()
                .map(id -> progress.assignment(id).orElseThrow(() -> new NotFoundException("error.notFound")))
                .toList();
        for (AssignmentStatus a : items) {
            if (a.unitId() != draft.unitId()) {
                throw new DomainException("error.supervision.order.otherUnit", a.unitName(), a.taskText());
            }
            if (!a.active()) {
                throw new DomainException("error.supervision.urge.retired", a.unitName(), a.taskText());
            }
        }
        LocalDate today = progress.today();
        LocalDate due = calendar.deadline(DeadlineRequest.of(today, Period.workingDays(days)));
        int year = today.getYear();
        int seq = store.nextSeq(year);
        long id;
        try {
            id = store.insert(year, seq, properties.orderPrefix() + "〔" + year + "〕" + seq + "号", draft.unitId(),
                    reason, requirement, days, today, due, user.username());
        } catch (DuplicateKeyException e) {
            throw new DomainException("error.supervision.stale");
        }
        items.forEach(a -> store.addItem(id, a.id(), a.taskText()));
        SupervisionOrder order = store.find(id).orElseThrow();
        notifications.send(recipients.liaisons(order.unitId()), NotificationKind.ORDER, "supervision.notice.order",
                List.of(order.number(), order.unitName(), order.dueOn().toString()), reason, link(id));
        return order;
    }

    /** The liaison's written response; refused once the order is closed. */
    public SupervisionOrder respond(CurrentUser user, long orderId, String text) {
        SupervisionOrder order = store.lock(orderId).orElseThrow(() -> new NotFoundException("error.notFound"));
        SupervisionAccess.requireLiaison(user, order.unitId());
        if (order.closed()) {
            throw new DomainException("error.supervision.order.closed", order.number());
        }
        String body = Texts.required(text, 10_000, "error.supervision.order.responseRequired");
        store.addResponse(orderId, body, user.username());
        store.move(orderId, OrderState.RESPONDED, OrderState.OPEN, OrderState.RESPONDED);
        notifications.send(recipients.office(), NotificationKind.ORDER_RESPONDED, "supervision.notice.orderResponded",
                List.of(order.number(), order.unitName()), body, link(orderId));
        return store.find(orderId).orElseThrow();
    }

    /**
     * The office closes the order (with a note); a second close, or one on a changed order, is refused. Refused
     * too, with nothing changed, while a 整改 item raised from the order is still open (neither accepted nor
     * voided), and when no written response was received and no note says why the order is closed anyway
     * (e.g. settled after a telephone follow-up).
     */
    public SupervisionOrder close(CurrentUser user, long orderId, long version, String note) {
        SupervisionAccess.requireOffice(user);
        SupervisionOrder order = store.lock(orderId).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (order.closed()) {
            throw new DomainException("error.supervision.order.closed", order.number());
        }
        int open = openRectifications(orderId);
        if (open > 0) {
            throw new DomainException("error.supervision.order.openRectifications", order.number(),
                    String.valueOf(open));
        }
        String why = Texts.optional(note, 2000);
        if (order.responses().isEmpty() && why == null) {
            throw new DomainException("error.supervision.order.noResponse", order.number());
        }
        if (!store.close(orderId, version, user.username(), why)) {
            throw new DomainException("error.supervision.stale");
        }
        notifications.send(recipients.liaisons(order.unitId()), NotificationKind.ORDER_CLOSED,
                "supervision.notice.orderClosed", List.of(order.number(), order.unitName()), why, link(orderId));
        return store.find(orderId).orElseThrow();
    }

    /** How many 整改 items raised from the order are neither accepted nor voided (they block closing it). */
    @Transactional(readOnly = true)
    public int openRectifications(long orderId) {
        return rectifications.openOfSource(Rectification.Source.ORDER, orderId);
    }

    /** Tells the leaders of each unit whose open order passed its deadline before {@code today} (once). */
    public int escalateOverdue(LocalDate today) {
        int n = 0;
        for (SupervisionOrder order : store.overdueNotEscalated(today)) {
            if (store.markEscalated(order.id())) {
                notifications.send(recipients.leaders(order.unitId()), NotificationKind.ORDER_ESCALATED,
                        "supervision.notice.orderEscalated",
                        List.of(order.number(), order.unitName(), order.dueOn().toString()), order.reason(),
                        link(order.id()));
                n++;
            }
        }
        return n;
    }

    @Transactional(readOnly = true)
    public SupervisionOrder one(CurrentUser user, long orderId) {
        SupervisionOrder order = store.find(orderId).orElseThrow(() -> new NotFoundException("error.notFound"));
        SupervisionAccess.requireRead(user, order.unitId());
        return order;
    }

    /** The orders {@code user} may see: a unit's (if given, or the user's own unit), else every one. */
    @Transactional(readOnly = true)
    public List<SupervisionOrder> list(CurrentUser user, Long unitId) {
        Long unit = unitId != null ? unitId : user.seesAllUnits() ? null : user.unitId();
        if (unit == null) {
            if (!user.seesAllUnits()) {
                throw new org.springframework.security.access.AccessDeniedException("supervision: no unit");
            }
            return store.all(500);
        }
        SupervisionAccess.requireRead(user, unit);
        return store.ofUnit(unit);
    }

    /** Orders not yet closed, earliest deadline first (digest, office). */
    @Transactional(readOnly = true)
    public List<SupervisionOrder> notClosed() {
        return store.notClosed();
    }

    /** The ids of every order (closed or not) about one of these assignments. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> aboutAssignments(java.util.Set<Long> assignmentIds) {
        return store.aboutAssignments(assignmentIds);
    }

    /** For each of these assignments, the ids of the orders about it that are not closed yet. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<Long>> openOrdersOf(java.util.Collection<Long> assignmentIds) {
        return store.openOrdersOf(assignmentIds);
    }

    static String link(long orderId) {
        return "/supervision/orders/" + orderId;
    }
}
