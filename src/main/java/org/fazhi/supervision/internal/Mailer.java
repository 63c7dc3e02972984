package org.fazhi.supervision.internal;

import java.util.Properties;
import org.fazhi.supervision.SupervisionProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends one plain-text UTF-8 message through the SMTP server of the given settings; a sender is built per
 * call, so the settings (and a test's server) can change without touching the application context. Throws
 * {@link MailException} unless the server accepted the message.
 */
@Component
public class Mailer {

    public void send(SupervisionProperties.Mail mail, String to, String subject, String text) throws MailException {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.host());
        sender.setPort(mail.port());
        sender.setDefaultEncoding("UTF-8");
        Properties props = sender.getJavaMailProperties();
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        if (mail.user() != null && !mail.user().isBlank()) {
            sender.setUsername(mail.user());
            sender.setPassword(mail.password());
            props.put("mail.smtp.auth", "true");
        }
        if (mail.starttls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mail.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        sender.send(message);
    }
}
