package org.fazhi.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Supervision settings, each overridable by a {@code FAZHI_…} environment variable.
 *
 * @param escalateAfter     the n-th urge of the same assignment also goes to the unit's leaders
 *                          ({@code FAZHI_ESCALATE_AFTER}, default 2)
 * @param orderResponseDays working days a unit has to answer a supervision order ({@code FAZHI_ORDER_RESPONSE_DAYS})
 * @param orderPrefix       the prefix of an order's number, e.g. 督办 → 督办〔2026〕3号 ({@code FAZHI_ORDER_PREFIX})
 * @param issuingOffice     the office named at the foot of an order ({@code FAZHI_ISSUING_OFFICE})
 * @param digestCron        when the daily digest runs, in {@code fazhi.time-zone} ({@code FAZHI_DIGEST_CRON};
 *                          {@code -} turns it off)
 * @param immediateMailDelay how often messages are e-mailed to users who chose immediate delivery
 *                          ({@code FAZHI_IMMEDIATE_MAIL_DELAY})
 * @param rectificationDays working days a unit has for a 整改 item when the office gives no other deadline
 *                          ({@code FAZHI_RECTIFICATION_DAYS}, default 10)
 * @param reminderCron      when the inbox reminders of register deadlines are posted ({@code FAZHI_REMINDER_CRON};
 *                          {@code -} turns them off)
 * @param mail              the SMTP server; mail is off while its host is blank
 */
@ConfigurationProperties("fazhi.supervision")
public record SupervisionProperties(@DefaultValue("2") int escalateAfter, @DefaultValue("5") int orderResponseDays,
                                    @DefaultValue("督办") String orderPrefix,
                                    @DefaultValue("市委依法治市办") String issuingOffice,
                                    @DefaultValue("0 30 7 * * *") String digestCron,
                                    @DefaultValue("PT1M") java.time.Duration immediateMailDelay,
                                    @DefaultValue("10") int rectificationDays,
                                    @DefaultValue("0 0 7 * * *") String reminderCron,
                                    @DefaultValue Mail mail) {

    /**
     * @param host     {@code FAZHI_SMTP_HOST}; blank = no e-mail at all
     * @param port     {@code FAZHI_SMTP_PORT}
     * @param user     {@code FAZHI_SMTP_USER} (blank = no authentication)
     * @param password {@code FAZHI_SMTP_PASSWORD}
     * @param from     {@code FAZHI_MAIL_FROM}
     * @param starttls {@code FAZHI_SMTP_STARTTLS}
     */
    public record Mail(String host, @DefaultValue("25") int port, String user, String password,
                       @DefaultValue("fazhi@localhost") String from, @DefaultValue("false") boolean starttls) {

        public boolean enabled() {
            return host != null && !host.isBlank();
        }
    }
}
