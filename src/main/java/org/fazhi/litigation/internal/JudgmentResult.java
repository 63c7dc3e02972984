package org.fazhi.litigation.internal;

/**
 * How the instance ended (行政诉讼法 第六十九条 to 第七十八条, 撤诉 第六十二条). The agency lost where the act was
 * revoked, changed, declared unlawful or void, or the agency was ordered to act or pay.
 */
public enum JudgmentResult {
    CLAIMS_REJECTED(false), REVOKED(true), ORDERED_TO_ACT(true), CONFIRMED_UNLAWFUL(true), CONFIRMED_VOID(true),
    CHANGED(true), COMPENSATION(true), SUIT_DISMISSED(false), WITHDRAWN(false), MEDIATED(false), OTHER(false);

    private final boolean lost;

    JudgmentResult(boolean lost) {
        this.lost = lost;
    }

    /** 败诉: whether the agency lost. */
    public boolean lost() {
        return lost;
    }
}
