package org.fazhi.supervision.internal;

import java.util.List;
import org.fazhi.identity.AccountContact;
import org.fazhi.identity.AccountDirectory;
import org.fazhi.supervision.SupervisionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

/**
 * E-mails inbox messages of the last day to the users who chose {@link DeliveryMode#IMMEDIATE}, each once and
 * in the recipient's e-mail language ({@link MailLanguage}):
 * claimed on its row before sending (a claim older than 15 minutes counts as abandoned), marked mailed only
 * after the SMTP server accepted it, freed on failure for the next run.
 */
@Service
public class ImmediateMail {

    private static final Logger log = LoggerFactory.getLogger(ImmediateMail.class);

    private final JdbcTemplate jdbc;
    private final AccountDirectory accounts;
    private final Mailer mailer;
    private final MessageSource messages;

    private final Preferences preferences;

    ImmediateMail(JdbcTemplate jdbc, AccountDirectory accounts, Mailer mailer, MessageSource messages,
                  Preferences preferences) {
        this.preferences = preferences;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
    }

    /** Returns how many messages the SMTP server accepted. */
    public int run(SupervisionProperties.Mail mail) {
        if (!mail.enabled()) {
            return 0;
        }
        List<Notification> pending = jdbc.query("select n.id, n.recipient, n.kind, n.title_key, n.title_args, n.body,"
                + " n.link, n.created_at, n.read_at from supervision_notification n join supervision_preference p"
                + " on p.username = lower(n.recipient) and p.mode = 'IMMEDIATE' where n.mailed_at is null"
                + " and n.created_at > now() - interval '1 day' and (n.mail_claimed_at is null"
                + " or n.mail_claimed_at < now() - interval '15 minutes') order by n.id limit 500", Notifications::row);
        int sent = 0;
        for (Notification n : pending) {
            String to = accounts.byUsername(n.recipient()).map(AccountContact::email).orElse(null);
            if (to == null || to.isBlank() || !claim(n.id())) {
                continue;
            }
            String title = messages.getMessage(n.titleKey(), n.args(),
                    preferences.languageOf(n.recipient()).locale());
            try {
                mailer.send(mail, to, title, title + (n.body().isBlank() ? "" : "\n\n" + n.body()));
                jdbc.update("update supervision_notification set mailed_at = now() where id = ?", n.id());
                sent++;
            } catch (MailException e) {
                jdbc.update("update supervision_notification set mail_claimed_at = null where id = ?", n.id());
                log.warn("Message {} to {} not mailed; retried on the next run: {}", n.id(), n.recipient(),
                        e.getMessage());
            }
        }
        return sent;
    }

    private boolean claim(long id) {
        return jdbc.update("update supervision_notification set mail_claimed_at = now() where id = ? and mailed_at is null"
                + " and (mail_claimed_at is null or mail_claimed_at < now() - interval '15 minutes')", id) == 1;
    }
}
