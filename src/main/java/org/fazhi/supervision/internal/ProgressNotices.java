package org.fazhi.supervision.internal;

import java.util.List;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.progress.ProgressReported;
import org.fazhi.progress.ReportReviewed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people of the reporting loop's steps, inside the step's own transaction (the notice exists exactly
 * when the step does): a submitted report → the office; an accepted or returned report → the unit's liaisons.
 */
@Component
class ProgressNotices {

    private final Notifications notifications;
    private final Recipients recipients;
    private final ProgressDirectory progress;

    ProgressNotices(Notifications notifications, Recipients recipients, ProgressDirectory progress) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.progress = progress;
    }

    @EventListener
    void on(ProgressReported event) {
        List<String> args = args(event.assignmentId());
        notifications.send(recipients.office(), NotificationKind.REPORTED, "supervision.notice.reported", args, null,
                "/progress/assignments/" + event.assignmentId());
    }

    @EventListener
    void on(ReportReviewed event) {
        List<String> args = args(event.assignmentId());
        notifications.send(recipients.liaisons(event.unitId()),
                event.accepted() ? NotificationKind.REPORT_ACCEPTED : NotificationKind.REPORT_RETURNED,
                event.accepted() ? "supervision.notice.accepted" : "supervision.notice.returned", args, null,
                "/progress/assignments/" + event.assignmentId());
    }

    private List<String> args(long assignmentId) {
        return progress.assignment(assignmentId).map(a -> List.of(a.unitName(), a.taskText()))
                .orElse(List.of("", ""));
    }
}
