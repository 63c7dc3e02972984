package org.fazhi.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.supervision.SupervisionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The clock of e-mail: the daily digest at {@code FAZHI_DIGEST_CRON} (default 07:30) in {@code FAZHI_TIME_ZONE},
 * immediate messages every {@code FAZHI_IMMEDIATE_MAIL_DELAY}, and the inbox reminders of register deadlines at
 * {@code FAZHI_REMINDER_CRON} (default 07:00). A failure is logged and left for the next run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailSchedule {

    private static final Logger log = LoggerFactory.getLogger(MailSchedule.class);

    private final DigestRun digests;
    private final ImmediateMail immediate;
    private final SupervisionProperties properties;
    private final Clock clock;

    private final RegisterReminders reminders;

    MailSchedule(DigestRun digests, ImmediateMail immediate, SupervisionProperties properties, Clock clock,
                 RegisterReminders reminders) {
        this.reminders = reminders;
        this.digests = digests;
        this.immediate = immediate;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${fazhi.supervision.digest-cron:0 30 7 * * *}", zone = "${fazhi.time-zone:Asia/Shanghai}")
    void daily() {
        try {
            DigestRun.Outcome outcome = digests.run(LocalDate.now(clock), properties.mail());
            log.info("Daily digest: {}", outcome);
        } catch (RuntimeException e) {
            log.error("Daily digest run failed; the next run retries", e);
        }
    }

    @Scheduled(cron = "${fazhi.supervision.reminder-cron:0 0 7 * * *}", zone = "${fazhi.time-zone:Asia/Shanghai}")
    void registerReminders() {
        try {
            log.info("Register deadline reminders posted: {}", reminders.run(LocalDate.now(clock)));
        } catch (RuntimeException e) {
            log.error("Register deadline reminders failed; the next run retries", e);
        }
    }

    @Scheduled(fixedDelayString = "${fazhi.supervision.immediate-mail-delay:PT1M}", initialDelayString = "PT1M")
    void immediate() {
        try {
            immediate.run(properties.mail());
        } catch (RuntimeException e) {
            log.error("Immediate mail run failed; the next run retries", e);
        }
    }
}
