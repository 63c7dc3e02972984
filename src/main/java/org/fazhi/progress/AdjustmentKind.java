package org.fazhi.progress;

/** Why a unit asks for an adjustment instead of signing: wording to change, not its duty, cannot be done this year. */
public enum AdjustmentKind {
    WORDING, NOT_OUR_DUTY, NOT_THIS_YEAR
}
