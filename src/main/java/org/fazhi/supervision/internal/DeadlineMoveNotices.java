package org.fazhi.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells people that a calendar change moved a due date ({@link DeadlineMoves}), inside the change's own
 * transaction (the notice exists exactly when the move does). An order's move goes where its notices went —
 * the unit's liaisons, and its leaders once the order was escalated to them — and to the office; an item's
 * move goes to the unit's liaisons and the office.
 */
@Component
class DeadlineMoveNotices {

    private final Notifications notifications;
    private final Recipients recipients;
    private final OrderStore orders;
    private final RectificationStore items;

    DeadlineMoveNotices(Notifications notifications, Recipients recipients, OrderStore orders,
                        RectificationStore items) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.orders = orders;
        this.items = items;
    }

    void orderMoved(long orderId, LocalDate before, LocalDate after) {
        orders.find(orderId).ifPresent(order -> {
            List<String> to = new ArrayList<>(recipients.liaisons(order.unitId()));
            if (order.escalatedAt() != null) {
                to.addAll(recipients.leaders(order.unitId()));
            }
            to.addAll(recipients.office());
            notifications.send(to, NotificationKind.DEADLINE_MOVED, "supervision.notice.orderDeadlineMoved",
                    List.of(order.number(), order.unitName(), before.toString(), after.toString()), null,
                    Orders.link(orderId));
        });
    }

    void itemMoved(long itemId, LocalDate before, LocalDate after) {
        items.find(itemId).ifPresent(item -> {
            List<String> to = new ArrayList<>(recipients.liaisons(item.unitId()));
            to.addAll(recipients.office());
            notifications.send(to, NotificationKind.DEADLINE_MOVED, "supervision.notice.rectificationDeadlineMoved",
                    List.of(item.sourceLabel(), item.unitName(), before.toString(), after.toString()), null,
                    Rectifications.link(itemId));
        });
    }
}
