package org.fazhi.reconsideration;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 行政复议 register settings, each overridable by an environment variable.
 *
 * @param warnDays       a case turns yellow when an open deadline is this many working days away or closer
 *                       ({@code FAZHI_RECONSIDERATION_WARN_DAYS}, default 3)
 * @param correctedTypes decision types counted as 纠错 in the 复议纠错率 — practice, not statute, so configurable
 *                       ({@code FAZHI_RECONSIDERATION_CORRECTED_TYPES}, comma separated; default 变更、撤销、部分撤销、
 *                       确认违法、责令履行、确认无效)
 */
@ConfigurationProperties("fazhi.reconsideration")
public record ReconsiderationProperties(
        @DefaultValue("3") int warnDays,
        @DefaultValue({"CHANGE", "REVOKE", "PARTIAL_REVOKE", "CONFIRM_ILLEGAL", "ORDER_PERFORMANCE", "CONFIRM_INVALID"})
        List<String> correctedTypes) {

    public ReconsiderationProperties {
        if (warnDays < 0 || warnDays > 60) {
            throw new IllegalArgumentException("fazhi.reconsideration.warn-days must be 0..60, was " + warnDays);
        }
        correctedTypes = List.copyOf(correctedTypes);
    }
}
