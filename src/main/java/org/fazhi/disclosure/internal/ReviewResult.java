package org.fazhi.disclosure.internal;

/**
 * Result of a reconsideration or lawsuit against a disclosure reply, as the annual table counts them
 * (第四部分: 结果维持, 结果纠正, 其他结果, 尚未审结).
 */
public enum ReviewResult {
    UPHELD, CORRECTED, OTHER, PENDING
}
