package org.fazhi.supervision.internal;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.identity.AccountContact;
import org.fazhi.identity.AccountDirectory;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.supervision.SupervisionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

/**
 * Sends the daily digests of one day. Once per (user, day) even with several app instances on one database:
 * a row is claimed under the table's primary key before sending (a claim older than 15 minutes counts as
 * abandoned), marked sent only after the SMTP server accepted the message, and freed again when sending failed
 * — the next run retries it, and the application goes on meanwhile. Users with no e-mail address, and days
 * with nothing to say, send nothing. Each statement commits on its own (no surrounding transaction), so a
 * claim is visible to the other instances at once.
 */
@Service
public class DigestRun {

    private static final Logger log = LoggerFactory.getLogger(DigestRun.class);
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    /** What a run did. */
    public record Outcome(int sent, int failed, int nothingToSay) {
    }

    private final AccountDirectory accounts;
    private final DigestComposer composer;
    private final Preferences preferences;
    private final Mailer mailer;
    private final Orders orders;
    private final JdbcTemplate jdbc;

    DigestRun(AccountDirectory accounts, DigestComposer composer, Preferences preferences, Mailer mailer,
              Orders orders, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.composer = composer;
        this.preferences = preferences;
        this.mailer = mailer;
        this.orders = orders;
        this.jdbc = jdbc;
    }

    /** Every user's digest of {@code day}; nothing when mail is off. Escalates overdue orders first. */
    public Outcome run(LocalDate day, SupervisionProperties.Mail mail) {
        orders.escalateOverdue(day);
        return run(day, mail, accounts.all());
    }

    /** The digests of the given users only (e.g. one user's). */
    public Outcome run(LocalDate day, SupervisionProperties.Mail mail, Collection<AccountContact> users) {
        if (!mail.enabled()) {
            return new Outcome(0, 0, 0);
        }
        int sent = 0;
        int failed = 0;
        int empty = 0;
        Map<Long, List<AssignmentStatus>> cache = new HashMap<>();
        for (AccountContact user : users) {
            if (user.email() == null || user.email().isBlank()) {
                continue;
            }
            Optional<Digest> digest = composer.compose(user, day, preferences.of(user.username()), cache,
                    preferences.languageOf(user.username()).locale());
            if (digest.isEmpty()) {
                empty++;
                continue;
            }
            if (!claim(user.username(), day)) {
                continue;
            }
            try {
                mailer.send(mail, digest.get().to(), digest.get().subject(), digest.get().text());
                jdbc.update("update supervision_digest set sent_at = now(), attempts = attempts + 1, last_error = null"
                        + " where username = ? and day = ?", user.username(), day);
                sent++;
            } catch (MailException | IllegalStateException e) {
                jdbc.update("update supervision_digest set claimed_by = null, claimed_at = null,"
                        + " attempts = attempts + 1, last_error = ? where username = ? and day = ?",
                        abbreviate(e.getMessage()), user.username(), day);
                log.warn("Digest for {} of {} not sent; retried on the next run: {}", user.username(), day,
                        e.getMessage());
                failed++;
            }
        }
        return new Outcome(sent, failed, empty);
    }

    private boolean claim(String username, LocalDate day) {
        jdbc.update("insert into supervision_digest (username, day) values (?, ?) on conflict do nothing", username, day);
        return jdbc.update("update supervision_digest set claimed_by = ?, claimed_at = now() where username = ?"
                + " and day = ? and sent_at is null and (claimed_by is null or claimed_at < now() - interval '15 minutes')",
                INSTANCE, username, day) == 1;
    }

    static String abbreviate(String message) {
        String m = message == null ? "" : message;
        return m.length() > 500 ? m.substring(0, 500) : m;
    }
}
