package org.fazhi.calendar;

import java.time.Instant;
import java.util.List;

/**
 * Where a year's holiday data comes from.
 *
 * @param year          the year
 * @param bundled       whether the product ships data for it
 * @param overridden    whether an administrator's upload replaces the bundled data (or adds the year)
 * @param updatedBy     the administrator who uploaded it, or {@code null}
 * @param updatedAt     when, or {@code null}
 * @param holidays      number of listed days off
 * @param makeUpDays    number of make-up working days
 * @param papers        the notices the data cites
 */
public record YearStatus(int year, boolean bundled, boolean overridden, String updatedBy, Instant updatedAt,
                         int holidays, int makeUpDays, List<String> papers) {
}
