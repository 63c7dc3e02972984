package org.fazhi.supervision.internal;

import java.util.List;
import org.fazhi.platform.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's own choice of e-mail delivery; {@link DeliveryMode#DIGEST} until they choose. */
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

    public void choose(String username, DeliveryMode mode) {
        if (mode == null) {
            throw new DomainException("error.supervision.preference.required");
        }
        jdbc.update("insert into supervision_preference (username, mode) values (lower(?), ?) on conflict (username)"
                + " do update set mode = excluded.mode, updated_at = now()", username, mode.name());
    }
}
