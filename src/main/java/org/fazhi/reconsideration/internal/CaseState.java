package org.fazhi.reconsideration.internal;

/** Where a 行政复议 case stands. */
public enum CaseState {
    /** 收到申请，受理审查中 (行政复议法 第三十条: 5 working days). */
    RECEIVED,
    /** 已通知补正，等待申请人补正材料 (第三十一条: the review clock stops and restarts on receipt). */
    CORRECTION_REQUESTED,
    /** 已受理，审理中 (第三十六条). */
    ACCEPTED,
    /** 中止 (第三十九条): the decision clock does not run. */
    SUSPENDED,
    /** 已审结: a decision, mediation, settlement or termination closed the case. */
    DECIDED,
    /** 不予受理 (第三十条第二款). */
    REJECTED,
    /** 视为放弃 — no correction within the time (第三十一条第二款). */
    ABANDONED,
    /** 作废 — registered by mistake; kept with the reason, never deleted. */
    VOIDED;

    /** Whether the case is closed (no further steps except the 复议意见书 follow-up). */
    public boolean closed() {
        return this == DECIDED || this == REJECTED || this == ABANDONED || this == VOIDED;
    }
}
