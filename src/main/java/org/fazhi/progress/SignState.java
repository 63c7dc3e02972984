package org.fazhi.progress;

/** 签收 state of an assignment: not yet signed, signed, or an adjustment is asked for. */
public enum SignState {
    PENDING, SIGNED, ADJUSTMENT_REQUESTED
}
