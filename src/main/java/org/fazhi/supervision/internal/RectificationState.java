package org.fazhi.supervision.internal;

/**
 * Where a 整改 item stands: raised and not yet reported ({@code OPEN}), a report waiting for the office
 * ({@code SUBMITTED}), sent back for revision ({@code RETURNED}), closed by the office's acceptance
 * ({@code ACCEPTED}) or voided with a reason ({@code VOIDED}).
 */
public enum RectificationState {
    OPEN, SUBMITTED, RETURNED, ACCEPTED, VOIDED;

    public boolean closed() {
        return this == ACCEPTED || this == VOIDED;
    }
}
