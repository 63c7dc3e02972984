package org.fazhi.progress.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fazhi.progress.AssignmentRemarks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 催办/督办 badges of assignments as texts for the reader's language ("已催办 2 次（最近 2026-11-20）"), read
 * from the {@link AssignmentRemarks} SPI on every page view so an urge shows at once; none without an
 * implementation.
 */
@Component
public class RemarkTexts {

    private final ObjectProvider<AssignmentRemarks> remarks;
    /** The implementation, kept once found: looking it up was a third of the unit page's controller time. */
    private volatile AssignmentRemarks source;
    private final MessageSource messages;
    private final Clock clock;

    RemarkTexts(ObjectProvider<AssignmentRemarks> remarks, MessageSource messages, Clock clock) {
        this.remarks = remarks;
        this.messages = messages;
        this.clock = clock;
    }

    /** The badge text per assignment that has any remark. */
    public Map<Long, String> of(Collection<Long> assignmentIds, Locale locale) {
        AssignmentRemarks found = source;
        if (found == null) {
            found = remarks.getIfUnique();
            source = found;
        }
        if (found == null || assignmentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, AssignmentRemarks.Remark> all = found.of(assignmentIds);
        if (all.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> texts = new HashMap<>();
        all.forEach((id, r) -> texts.put(id, text(r, locale)));
        return texts;
    }

    private String text(AssignmentRemarks.Remark r, Locale locale) {
        String urged = r.urges() == 0 ? null : messages.getMessage("progress.remark.urged", new Object[] {
                String.valueOf(r.urges()), LocalDate.ofInstant(r.lastUrgedAt(), clock.getZone()).toString()}, locale);
        String orders = r.openOrders() == 0 ? null : messages.getMessage("progress.remark.orders",
                new Object[] {String.valueOf(r.openOrders())}, locale);
        return String.join(messages.getMessage("progress.remark.separator", null, locale),
                java.util.stream.Stream.of(urged, orders).filter(java.util.Objects::nonNull).toList());
    }

    /** Convenience for one assignment: its badge text or {@code null}. */
    public String of(long assignmentId, Locale locale) {
        return of(List.of(assignmentId), locale).get(assignmentId);
    }
}
