package org.fazhi.supervision.internal;

/** Where a supervision order stands: waiting for the unit, answered, or closed by the office. */
public enum OrderState {
    OPEN, RESPONDED, CLOSED
}
