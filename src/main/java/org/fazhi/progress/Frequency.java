package org.fazhi.progress;

/** 报送周期: monthly, quarterly, half-yearly, or a single report at the year's end. */
public enum Frequency {
    MONTHLY, QUARTERLY, HALF_YEARLY, FINAL
}
