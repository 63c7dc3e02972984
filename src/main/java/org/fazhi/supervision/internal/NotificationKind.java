package org.fazhi.supervision.internal;

/** What an inbox entry is about. */
public enum NotificationKind {
    REPORTED, REPORT_ACCEPTED, REPORT_RETURNED, URGE, URGE_ESCALATED, ORDER, ORDER_ESCALATED, ORDER_RESPONDED,
    ORDER_CLOSED, CIRCULAR
}
