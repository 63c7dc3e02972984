package org.fazhi.litigation.internal;

/** Where a case stands. */
public enum LitigationStatus {
    /** Pending before the court. */
    OPEN,
    /** Judgment or ruling recorded; performance may follow. */
    DECIDED,
    /** Registered in error; kept with the reason. */
    VOIDED
}
