package org.fazhi.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Plan settings, each overridable by a {@code FAZHI_…} environment variable.
 *
 * @param demoPlan      import the bundled Suining 2021 notice on first start ({@code FAZHI_DEMO_PLAN})
 * @param maxNoticeSize largest notice accepted ({@code FAZHI_MAX_UPLOAD})
 */
@ConfigurationProperties("fazhi.plan")
public record PlanProperties(@DefaultValue("true") boolean demoPlan, @DefaultValue("5MB") DataSize maxNoticeSize) {
}
