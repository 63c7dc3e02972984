package org.fazhi.supervision.internal;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.identity.CurrentUser;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.fazhi.plan.TrafficLight;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.supervision.SupervisionProperties;
import org.fazhi.supervision.UrgeRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办 — the office urges one assignment, or every red one of a plan at once, with a message. The unit's
 * liaisons get it in their inbox; from the {@code escalate-after}-th urge of the same assignment on, the unit's
 * leaders too (逐级督促). A closed assignment (retired, or accepted as done) cannot be urged. A batch is all or
 * nothing: one refused assignment refuses the whole batch and records nothing.
 */
@Service
@Transactional
public class Urging {

    private final ProgressDirectory progress;
    private final UrgeStore urges;
    private final Notifications notifications;
    private final Recipients recipients;
    private final SupervisionProperties properties;

    Urging(ProgressDirectory progress, UrgeStore urges, Notifications notifications, Recipients recipients,
           SupervisionProperties properties) {
        this.progress = progress;
        this.urges = urges;
        this.notifications = notifications;
        this.recipients = recipients;
        this.properties = properties;
    }

    /** Urges the given assignments with one message; returns the records in the same order. */
    public List<UrgeRecord> urge(CurrentUser user, List<Long> assignmentIds, String message) {
        SupervisionAccess.requireOffice(user);
        String text = Texts.required(message, 1000, "error.supervision.urge.messageRequired");
        if (assignmentIds == null || assignmentIds.isEmpty()) {
            throw new DomainException("error.supervision.urge.noneChosen");
        }
        List<AssignmentStatus> targets = new ArrayList<>();
        for (Long id : assignmentIds.stream().distinct().toList()) {
            AssignmentStatus a = progress.assignment(id).orElseThrow(() -> new NotFoundException("error.notFound"));
            if (a.closed()) {
                throw new DomainException(a.active() ? "error.supervision.urge.done" : "error.supervision.urge.retired",
                        a.unitName(), a.taskText());
            }
            targets.add(a);
        }
        List<UrgeRecord> out = new ArrayList<>();
        for (AssignmentStatus a : targets) {
            out.add(urgeOne(user, a, text));
        }
        return out;
    }

    /** Urges every red, open assignment of a plan. */
    public List<UrgeRecord> urgeRed(CurrentUser user, long planId, String message) {
        SupervisionAccess.requireOffice(user);
        List<Long> red = progress.ofPlan(planId).stream().filter(a -> a.light() == TrafficLight.RED && !a.closed())
                .map(AssignmentStatus::id).toList();
        if (red.isEmpty()) {
            throw new DomainException("error.supervision.urge.noneRed");
        }
        return urge(user, red, message);
    }

    private UrgeRecord urgeOne(CurrentUser user, AssignmentStatus a, String message) {
        int sequence = urges.count(a.id()) + 1;
        boolean escalated = sequence >= properties.escalateAfter();
        List<String> liaisons = recipients.liaisons(a.unitId());
        List<String> leaders = escalated ? recipients.leaders(a.unitId()) : List.of();
        List<String> all = new ArrayList<>(liaisons);
        leaders.stream().filter(l -> !all.contains(l)).forEach(all::add);
        long id;
        try {
            id = urges.insert(a.id(), a.planId(), a.unitId(), sequence, escalated, message, all, user.username());
        } catch (DuplicateKeyException e) {
            throw new DomainException("error.supervision.stale");
        }
        String link = "/supervision/units/" + a.unitId() + "#urge-" + id;
        List<String> args = List.of(a.unitName(), a.taskText(), String.valueOf(sequence));
        notifications.send(liaisons, NotificationKind.URGE, "supervision.notice.urge", args, message, link);
        notifications.send(leaders, NotificationKind.URGE_ESCALATED, "supervision.notice.urgeEscalated", args, message,
                link);
        return urges.ofAssignment(a.id()).get(0);
    }
}
