package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * 依申请公开 indicators for a period (pure):
 * <ul>
 * <li>按期答复率 = requests replied within their deadline (第三十三条, with restart, third-party time and
 * extension as counted by the calendar) ÷ requests replied in the period. Requests deemed withdrawn
 * (第三十条) are not replies and are left out of both.</li>
 * <li>outcome counts: requests closed in the period, by the groups of the annual table.</li>
 * </ul>
 * Voided requests are left out.
 *
 * @param received       requests received in the period
 * @param replied        requests replied in the period
 * @param repliedOnTime  of those, replied by the deadline
 * @param open           requests still open at the end of the period
 * @param outcomes       closed in the period, by group
 */
public record DisclosureIndicators(LocalDate from, LocalDate to, int received, int replied, int repliedOnTime,
                                   int open, Map<Outcome.Group, Integer> outcomes) {

    /** 按期答复率 in percent, one decimal; {@code null} when nothing was replied. */
    public Double onTimeRate() {
        return replied == 0 ? null : Math.round(repliedOnTime * 1000.0 / replied) / 10.0;
    }

    public static DisclosureIndicators of(Collection<DisclosureRequest> requests, LocalDate from, LocalDate to,
                                          Predicate<DisclosureRequest> onTime) {
        int received = 0;
        int replied = 0;
        int inTime = 0;
        int open = 0;
        Map<Outcome.Group, Integer> outcomes = new EnumMap<>(Outcome.Group.class);
        for (Outcome.Group g : Outcome.Group.values()) {
            outcomes.put(g, 0);
        }
        for (DisclosureRequest r : requests) {
            if (r.getStatus() == Status.VOIDED) {
                continue;
            }
            if (within(r.getReceivedOn(), from, to)) {
                received++;
            }
            boolean closed = r.getStatus() == Status.CLOSED;
            if (!r.getReceivedOn().isAfter(to) && (!closed || r.getClosedOn().isAfter(to))) {
                open++;
            }
            if (closed && within(r.getClosedOn(), from, to)) {
                outcomes.merge(r.getOutcome().group(), 1, Integer::sum);
                if (r.getOutcome() != Outcome.OTHER_NO_CORRECTION) {
                    replied++;
                    if (onTime.test(r)) {
                        inTime++;
                    }
                }
            }
        }
        return new DisclosureIndicators(from, to, received, replied, inTime, open, outcomes);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
