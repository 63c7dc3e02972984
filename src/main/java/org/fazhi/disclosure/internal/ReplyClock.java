package org.fazhi.disclosure.internal;

import java.util.Optional;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Pause;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.StatuteRules;

/**
 * Turns a request's dates into the calendar's {@link DeadlineRequest}s — pure, no Spring:
 * <ul>
 * <li>补正告知 — 7 working days from receipt ({@code disclosure.correctionNotice}, 第三十条), while no notice
 * has been sent;</li>
 * <li>答复 — 20 working days ({@code disclosure.reply}, 第三十三条第二款) from receipt, restarted on receipt of
 * the corrected request (第三十条), with third-party consultation not counted (第三十二条, a suspension) and
 * the one extension.</li>
 * </ul>
 * No reply deadline runs while the request waits for the correction or the third party.
 */
public final class ReplyClock {

    static final String CORRECTION_RULE = "disclosure.correctionNotice";
    static final String REPLY_RULE = "disclosure.reply";

    private ReplyClock() {
    }

    /** The 补正 notice deadline, while one could still be sent. */
    public static Optional<DeadlineRequest> correctionNotice(DisclosureRequest r, StatuteRules rules) {
        if (r.getStatus() != Status.OPEN || r.getCorrectionNoticeOn() != null) {
            return Optional.empty();
        }
        return Optional.of(DeadlineRequest.of(r.getReceivedOn(), rules.get(CORRECTION_RULE)));
    }

    /** The reply deadline as it stands (also for closed requests, to judge whether the reply was on time). */
    public static Optional<DeadlineRequest> reply(DisclosureRequest r, StatuteRules rules) {
        if (r.getStatus() == Status.AWAITING_CORRECTION || r.getStatus() == Status.CONSULTING
                || r.getStatus() == Status.VOIDED
                || (r.getCorrectionNoticeOn() != null && r.getCorrectionReceivedOn() == null)) {
            return Optional.empty();
        }
        DeadlineRequest request;
        if (r.getCorrectionReceivedOn() != null && r.getCorrectionNoticeOn().isAfter(r.getReceivedOn())) {
            request = DeadlineRequest.of(r.getReceivedOn(), rules.get(REPLY_RULE)).withPause(
                    Pause.restart(r.getCorrectionNoticeOn(), r.getCorrectionReceivedOn(),
                            "calendar.pause.reason.correction"));
        } else {
            // a notice on the day of receipt: the whole period simply runs from the corrected request
            request = DeadlineRequest.of(r.clockStart(), rules.get(REPLY_RULE));
        }
        if (r.getConsultationStartedOn() != null && r.getConsultationEndedOn() != null) {
            request = request.withPause(Pause.suspend(r.getConsultationStartedOn(), r.getConsultationEndedOn(),
                    "calendar.pause.reason.thirdParty"));
        }
        if (r.getExtensionDays() != null) {
            request = request.extendOnce(Period.workingDays(r.getExtensionDays()));
        }
        return Optional.of(request);
    }
}
