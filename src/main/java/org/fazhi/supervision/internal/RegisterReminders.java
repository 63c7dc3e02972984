package org.fazhi.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.identity.AccountContact;
import org.fazhi.identity.AccountDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts the case registers' deadlines into the in-app inbox, as the execution loop's are: for each user, each
 * open register deadline that is overdue or due soon on the day ({@link RegisterDeadlines}, the digest's own
 * selection) gets one inbox entry per kind (due soon, overdue). Once per (user, deadline, kind) even if the
 * job runs twice or on several instances: the row in {@code supervision_deadline_reminder} is inserted under
 * its primary key in the same transaction as the entry, and a second insert does nothing.
 */
@Service
public class RegisterReminders {

    private final AccountDirectory accounts;
    private final RegisterDeadlines registers;
    private final Notifications notifications;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    RegisterReminders(AccountDirectory accounts, RegisterDeadlines registers, Notifications notifications,
                      JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.registers = registers;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Every user's reminders of {@code day}; returns how many entries were posted. */
    public int run(LocalDate day) {
        int posted = 0;
        for (AccountContact user : accounts.all()) {
            posted += run(user.username(), day);
        }
        return posted;
    }

    /** One user's reminders of {@code day}. */
    public int run(String username, LocalDate day) {
        int posted = 0;
        for (RegisterDeadlines.Due due : registers.of(username, day)) {
            Boolean done = tx.execute(status -> post(username, due));
            posted += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return posted;
    }

    private boolean post(String username, RegisterDeadlines.Due due) {
        String kind = due.overdue() ? "OVERDUE" : "DUE_SOON";
        int claimed = jdbc.update("insert into supervision_deadline_reminder (username, deadline_id, kind, due_on)"
                + " values (lower(?), ?, ?, ?) on conflict do nothing", username, due.deadline().id(), kind,
                due.dueOn());
        if (claimed == 0) {
            return false;
        }
        notifications.send(List.of(username), due.overdue() ? NotificationKind.DEADLINE_OVERDUE
                : NotificationKind.DEADLINE_DUE_SOON, due.overdue() ? "supervision.notice.deadlineOverdue"
                : "supervision.notice.deadlineDueSoon", List.of(due.deadline().title(), due.dueOn().toString()),
                null, due.deadline().link());
        return true;
    }
}
