package org.fazhi.reconsideration.internal;

/** How a case ends after acceptance, with the article of 行政复议法 that provides for it. */
public enum DecisionType {
    /** 变更 (第六十三条). */
    CHANGE(63),
    /** 撤销 (第六十四条). */
    REVOKE(64),
    /** 部分撤销 (第六十四条). */
    PARTIAL_REVOKE(64),
    /** 确认违法 (第六十五条). */
    CONFIRM_ILLEGAL(65),
    /** 责令履行 (第六十六条). */
    ORDER_PERFORMANCE(66),
    /** 确认无效 (第六十七条). */
    CONFIRM_INVALID(67),
    /** 维持 (第六十八条). */
    UPHOLD(68),
    /** 驳回复议请求 (第六十九条). */
    DISMISS_CLAIM(69),
    /** 驳回申请 — accepted but not meeting 第三十条第一款 (第三十三条). */
    DISMISS_APPLICATION(33),
    /** 调解 — 行政复议调解书 (第七十三条). */
    MEDIATION(73),
    /** 和解后撤回申请 (第七十四条). */
    SETTLEMENT(74),
    /** 终止 (第四十一条). */
    TERMINATION(41);

    private final int article;

    DecisionType(int article) {
        this.article = article;
    }

    /** The article of 行政复议法 providing for this outcome. */
    public int article() {
        return article;
    }

    /** Whether this outcome may close a case that is suspended (only 终止, 第四十一条). */
    public boolean allowedWhileSuspended() {
        return this == TERMINATION;
    }
}
