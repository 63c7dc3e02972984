package org.fazhi.litigation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Litigation settings, each overridable by a {@code FAZHI_…} environment variable.
 *
 * @param appearanceRate how 出庭应诉率 is counted ({@code FAZHI_LITIGATION_APPEARANCE_RATE}): {@code PER_HEARING}
 *                       (default: hearings with a head present ÷ hearings held) or {@code PER_INSTANCE} (cases whose
 *                       instance had a head at one hearing or more ÷ cases with a hearing; 最高法规定 第七条)
 * @param warnDays       an open defence deadline turns yellow this many days before it ({@code FAZHI_LITIGATION_WARN_DAYS})
 */
@ConfigurationProperties("fazhi.litigation")
public record LitigationProperties(@DefaultValue("PER_HEARING") AppearanceRate appearanceRate,
                                   @DefaultValue("3") int warnDays) {

    /** The two definitions of 出庭应诉率 (no statutory formula; see domain-rules.md). */
    public enum AppearanceRate {
        PER_HEARING, PER_INSTANCE
    }
}
