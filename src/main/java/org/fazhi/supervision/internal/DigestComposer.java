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
 * Written in the user's e-mail language (Chinese unless they chose English).
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
    private final RegisterDeadlines registers;
    private final RectificationStore rectifications;

    DigestComposer(ProgressDirectory progress, ProgressProperties progressProperties, CalendarManagement calendar,
                   OrderStore orders, Notifications notifications, MessageSource messages,
                   @Value("${fazhi.time-zone:Asia/Shanghai}") String zone, RegisterDeadlines registers,
                   RectificationStore rectifications) {
        this.registers = registers;
        this.rectifications = rectifications;
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
        return compose(user, day, mode, unitCache, Locale.SIMPLIFIED_CHINESE);
    }

    /** The digest written in {@code locale} (the user's e-mail language). */
    public Optional<Digest> compose(AccountContact user, LocalDate day, DeliveryMode mode,
                                    Map<Long, List<AssignmentStatus>> unitCache, Locale locale) {
        List<String> lines = new ArrayList<>();
        boolean unitUser = user.unitId() != null && (user.has(Role.UNIT_LIAISON) || user.has(Role.UNIT_LEADER));
        if (unitUser) {
            unitSections(lines, user.unitId(), day, unitCache, locale);
        }
        if (user.has(Role.COORDINATOR)) {
            officeSections(lines, day, locale);
        }
        caseSection(lines, user, day, locale);
        if (mode == DeliveryMode.DIGEST) {
            List<Notification> pressing = notifications.between(user.username(),
                    day.minusDays(1).atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant())
                    .stream().filter(n -> PRESSING.contains(n.kind())).toList();
            section(locale, lines, "supervision.digest.pressing", pressing.stream()
                    .map(n -> msg(locale, n.titleKey(), n.args()) + (n.body().isBlank() ? "" : " —— " + n.body())).toList());
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        text.append(msg(locale, "supervision.digest.greeting", user.displayName())).append("\n\n")
                .append(msg(locale, "supervision.digest.intro", day.toString())).append("\n");
        lines.forEach(l -> text.append(l).append('\n'));
        text.append('\n').append(msg(locale, "supervision.digest.footer"));
        return Optional.of(new Digest(user.email(), msg(locale, "supervision.digest.subject", day.toString()), text.toString()));
    }

    private void unitSections(List<String> lines, long unitId, LocalDate day,
                              Map<Long, List<AssignmentStatus>> unitCache, Locale locale) {
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
                overdue.add(msg(locale, "supervision.digest.item.overdue", a.taskText(), late.get(0).toString(), late.size()));
            }
            if (a.undeliveredDues().contains(day)) {
                today.add(msg(locale, "supervision.digest.item", a.taskText()));
            }
            a.undeliveredDues().stream().filter(d -> d.isAfter(day) && cal.workingDaysBetween(day, d) <= warn)
                    .findFirst().ifPresent(d -> soon.add(msg(locale, "supervision.digest.item.due", a.taskText(), d.toString())));
        }
        section(locale, lines, "supervision.digest.dueToday", today);
        section(locale, lines, "supervision.digest.dueSoon", soon, warn);
        section(locale, lines, "supervision.digest.overdue", overdue);
        section(locale, lines, "supervision.digest.orders", orders.ofUnit(unitId).stream().filter(o -> !o.closed())
                .map(o -> msg(locale, "supervision.digest.item.order", o.number(), o.dueOn().toString(),
                        msg(locale, "supervision.order.state." + o.state().name()))).toList());
        rectificationLines(lines, "supervision.digest.rectifications", rectifications.list(unitId, null, 1000).stream()
                .filter(r -> !r.closed()).toList(), locale);
    }

    private void officeSections(List<String> lines, LocalDate day, Locale locale) {
        int waiting = progress.reportsAwaitingReview();
        if (waiting > 0) {
            section(locale, lines, "supervision.digest.review", List.of(msg(locale, "supervision.digest.item.review", waiting)));
        }
        List<SupervisionOrder> open = orders.notClosed();
        section(locale, lines, "supervision.digest.toClose", open.stream().filter(o -> o.state() == OrderState.RESPONDED)
                .map(o -> msg(locale, "supervision.digest.item.responded", o.number(), o.unitName())).toList());
        section(locale, lines, "supervision.digest.ordersOverdue", open.stream().filter(o -> o.overdueOn(day))
                .map(o -> msg(locale, "supervision.digest.item.order", o.number() + " " + o.unitName(), o.dueOn().toString(),
                        msg(locale, "supervision.order.state." + o.state().name()))).toList());
        List<Rectification> items = rectifications.notClosed();
        rectificationLines(lines, "supervision.digest.rectificationsToReview", items.stream()
                .filter(r -> r.state() == RectificationState.SUBMITTED).toList(), locale);
        rectificationLines(lines, "supervision.digest.rectificationsOverdue", items.stream()
                .filter(r -> r.overdueOn(day)).toList(), locale);
    }

    /** Register deadlines (not the assignments' and orders', listed above) overdue or due soon, soonest first. */
    private void caseSection(List<String> lines, AccountContact user, LocalDate day, Locale locale) {
        section(locale, lines, "supervision.digest.cases", registers.of(user.username(), day).stream()
                .map(d -> msg(locale, d.overdue() ? "supervision.digest.item.caseOverdue"
                        : "supervision.digest.item.caseDue", d.deadline().title(), d.dueOn().toString())).toList(),
                registers.warnDays());
    }

    private void rectificationLines(List<String> lines, String headingKey, List<Rectification> items, Locale locale) {
        section(locale, lines, headingKey, items.stream().map(r -> msg(locale, "supervision.digest.item.rectification",
                r.sourceLabel() + " " + r.unitName(), r.requirement(), r.dueOn().toString(),
                msg(locale, "supervision.rectification.state." + r.state().name()))).toList());
    }

    private void section(Locale locale, List<String> lines, String headingKey, List<String> items, Object... args) {
        if (items.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(msg(locale, headingKey, args));
        items.forEach(i -> lines.add("  - " + i));
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
