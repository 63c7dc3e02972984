package org.fazhi.supervision.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.TrackedDeadline;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.identity.AccountContact;
import org.fazhi.identity.Role;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.progress.ProgressProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a user's daily digest says on a given day — or nothing at all:
 * <ul>
 *   <li>a unit's liaison or leader: the unit's open assignments with a report due that day, due within the
 *       yellow-light window ({@code FAZHI_WARN_DAYS} working days), or overdue; the unit's orders not yet
 *       closed;</li>
 *   <li>the office: reports waiting for review, responded orders waiting to be closed, unanswered orders past
 *       their deadline;</li>
 *   <li>everyone: the statutory deadlines of the case registers (行政复议, 依申请公开, 行政应诉) the user can see,
 *       through the calendar's {@code DeadlineSource}s, that are overdue or due within the yellow-light window;</li>
 *   <li>everyone choosing the digest: urges and orders received that day and the day before.</li>
 * </ul>
 * Written in Chinese (the bundle's base language): the recipients' language is not recorded.
 */
@Component
public class DigestComposer {

    private static final Set<NotificationKind> PRESSING = EnumSet.of(NotificationKind.URGE,
            NotificationKind.URGE_ESCALATED, NotificationKind.ORDER, NotificationKind.ORDER_ESCALATED);

    private final ProgressDirectory progress;
    private final ProgressProperties progressProperties;
    private final CalendarManagement calendar;
    private final OrderStore orders;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ZoneId zone;

    DigestComposer(ProgressDirectory progress, ProgressProperties progressProperties, CalendarManagement calendar,
                   OrderStore orders, Notifications notifications, MessageSource messages,
                   @Value("${fazhi.time-zone:Asia/Shanghai}") String zone) {
        this.progress = progress;
        this.progressProperties = progressProperties;
        this.calendar = calendar;
        this.orders = orders;
        this.notifications = notifications;
        this.messages = messages;
        this.zone = ZoneId.of(zone);
    }

    /**
     * @param unitCache assignments already read for a unit during this run
     * @return the digest, or empty when there is nothing to say
     */
    public Optional<Digest> compose(AccountContact user, LocalDate day, DeliveryMode mode,
                                    Map<Long, List<AssignmentStatus>> unitCache) {
        List<String> lines = new ArrayList<>();
        boolean unitUser = user.unitId() != null && (user.has(Role.UNIT_LIAISON) || user.has(Role.UNIT_LEADER));
        if (unitUser) {
            unitSections(lines, user.unitId(), day, unitCache);
        }
        if (user.has(Role.COORDINATOR)) {
            officeSections(lines, day);
        }
        caseSection(lines, user, day);
        if (mode == DeliveryMode.DIGEST) {
            List<Notification> pressing = notifications.between(user.username(),
                    day.minusDays(1).atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant())
                    .stream().filter(n -> PRESSING.contains(n.kind())).toList();
            section(lines, "supervision.digest.pressing", pressing.stream()
                    .map(n -> msg(n.titleKey(), n.args()) + (n.body().isBlank() ? "" : " —— " + n.body())).toList());
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        text.append(msg("supervision.digest.greeting", user.displayName())).append("\n\n")
                .append(msg("supervision.digest.intro", day.toString())).append("\n");
        lines.forEach(l -> text.append(l).append('\n'));
        text.append('\n').append(msg("supervision.digest.footer"));
        return Optional.of(new Digest(user.email(), msg("supervision.digest.subject", day.toString()), text.toString()));
    }

    private void unitSections(List<String> lines, long unitId, LocalDate day,
                              Map<Long, List<AssignmentStatus>> unitCache) {
        WorkingCalendar cal = calendar.calendar();
        int warn = progressProperties.warnWorkingDays();
        List<String> today = new ArrayList<>();
        List<String> soon = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        for (AssignmentStatus a : unitCache.computeIfAbsent(unitId, progress::ofUnit)) {
            if (a.closed() || a.undeliveredDues().isEmpty()) {
                continue;
            }
            List<LocalDate> late = a.undeliveredDues().stream().filter(d -> d.isBefore(day)).toList();
            if (!late.isEmpty()) {
                overdue.add(msg("supervision.digest.item.overdue", a.taskText(), late.get(0).toString(), late.size()));
            }
            if (a.undeliveredDues().contains(day)) {
                today.add(msg("supervision.digest.item", a.taskText()));
            }
            a.undeliveredDues().stream().filter(d -> d.isAfter(day) && cal.workingDaysBetween(day, d) <= warn)
                    .findFirst().ifPresent(d -> soon.add(msg("supervision.digest.item.due", a.taskText(), d.toString())));
        }
        section(lines, "supervision.digest.dueToday", today);
        section(lines, "supervision.digest.dueSoon", soon, warn);
        section(lines, "supervision.digest.overdue", overdue);
        section(lines, "supervision.digest.orders", orders.ofUnit(unitId).stream().filter(o -> !o.closed())
                .map(o -> msg("supervision.digest.item.order", o.number(), o.dueOn().toString(),
                        msg("supervision.order.state." + o.state().name()))).toList());
    }

    private void officeSections(List<String> lines, LocalDate day) {
        int waiting = progress.reportsAwaitingReview();
        if (waiting > 0) {
            section(lines, "supervision.digest.review", List.of(msg("supervision.digest.item.review", waiting)));
        }
        List<SupervisionOrder> open = orders.notClosed();
        section(lines, "supervision.digest.toClose", open.stream().filter(o -> o.state() == OrderState.RESPONDED)
                .map(o -> msg("supervision.digest.item.responded", o.number(), o.unitName())).toList());
        section(lines, "supervision.digest.ordersOverdue", open.stream().filter(o -> o.overdueOn(day))
                .map(o -> msg("supervision.digest.item.order", o.number() + " " + o.unitName(), o.dueOn().toString(),
                        msg("supervision.order.state." + o.state().name()))).toList());
    }

    /** Register deadlines (not the assignments' and orders', listed above) overdue or due soon, soonest first. */
    private void caseSection(List<String> lines, AccountContact user, LocalDate day) {
        WorkingCalendar cal = calendar.calendar();
        int warn = progressProperties.warnWorkingDays();
        List<Map.Entry<LocalDate, String>> due = new ArrayList<>();
        for (TrackedDeadline d : calendar.openDeadlinesFor(user.username())) {
            if (d.id().startsWith("progress:") || d.id().startsWith("supervision:")) {
                continue;
            }
            LocalDate on = calendar.deadline(d.request());
            if (on.isBefore(day)) {
                due.add(Map.entry(on, msg("supervision.digest.item.caseOverdue", d.title(), on.toString())));
            } else if (cal.workingDaysBetween(day, on) <= warn) {
                due.add(Map.entry(on, msg("supervision.digest.item.caseDue", d.title(), on.toString())));
            }
        }
        due.sort(Map.Entry.comparingByKey());
        section(lines, "supervision.digest.cases", due.stream().map(Map.Entry::getValue).toList(), warn);
    }

    private void section(List<String> lines, String headingKey, List<String> items, Object... args) {
        if (items.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(msg(headingKey, args));
        items.forEach(i -> lines.add("  - " + i));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
