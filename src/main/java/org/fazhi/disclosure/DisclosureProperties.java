package org.fazhi.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Disclosure settings, each overridable by a {@code FAZHI_…} environment variable.
 *
 * @param warnDays an open request turns yellow when its reply deadline is this many working days away or
 *                 fewer ({@code FAZHI_DISCLOSURE_WARN_DAYS}, default 3)
 */
@ConfigurationProperties("fazhi.disclosure")
public record DisclosureProperties(@DefaultValue("3") int warnDays) {
}
