package org.fazhi.supervision.internal;

import java.util.List;
import org.fazhi.platform.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's own choice of e-mail delivery ({@link DeliveryMode#DIGEST} until they choose) and e-mail language
 * ({@link MailLanguage#ZH_CN} until they choose).
 */
@Service
@Transactional
public class Preferences {

    private final JdbcTemplate jdbc;

    Preferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public DeliveryMode of(String username) {
        List<String> mode = jdbc.queryForList("select mode from supervision_preference where username = lower(?)",
                String.class, username);
        return mode.isEmpty() ? DeliveryMode.DIGEST : DeliveryMode.valueOf(mode.get(0));
    }

    @Transactional(readOnly = true)
    public MailLanguage languageOf(String username) {
        List<String> tag = jdbc.queryForList("select language from supervision_preference where username = lower(?)",
                String.class, username);
        return MailLanguage.ofTag(tag.isEmpty() ? null : tag.get(0));
    }

    public void choose(String username, DeliveryMode mode) {
        choose(username, mode, null);
    }

    /** Saves the delivery mode and, when given, the e-mail language (else the language stays as it was). */
    public void choose(String username, DeliveryMode mode, MailLanguage language) {
        if (mode == null) {
            throw new DomainException("error.supervision.preference.required");
        }
        String tag = (language == null ? languageOf(username) : language).tag();
        jdbc.update("insert into supervision_preference (username, mode, language) values (lower(?), ?, ?)"
                + " on conflict (username) do update set mode = excluded.mode, language = excluded.language,"
                + " updated_at = now()", username, mode.name(), tag);
    }
}
