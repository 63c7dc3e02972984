package org.fazhi.progress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reporting-loop settings, each overridable by a {@code FAZHI_…} environment variable.
 *
 * @param signWorkingDays       working days a unit has to sign for a new assignment ({@code FAZHI_SIGN_DAYS})
 * @param warnWorkingDays       a deadline this many working days away turns the light yellow ({@code FAZHI_WARN_DAYS})
 * @param frequency             the reporting cycle of a plan until the coordinator sets one ({@code FAZHI_REPORT_FREQUENCY})
 * @param dueWorkingDays        a period's report is due this many working days after the period ends
 *                              ({@code FAZHI_REPORT_DUE_DAYS})
 */
@ConfigurationProperties("fazhi.progress")
public record ProgressProperties(@DefaultValue("3") int signWorkingDays, @DefaultValue("5") int warnWorkingDays,
                                 @DefaultValue("QUARTERLY") Frequency frequency,
                                 @DefaultValue("5") int dueWorkingDays) {
}
