package org.fazhi.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings, each overridable by a {@code FAZHI_…} environment variable.
 *
 * @param adminPassword     password of the first system administrator ({@code FAZHI_ADMIN_PASSWORD});
 *                          blank = a random one printed once in the log
 * @param demo              create one demo account per role ({@code FAZHI_DEMO}); never on by default
 * @param demoPassword      password of the demo accounts
 * @param maxFailedLogins   failures in a row before the account is locked
 * @param lockoutMinutes    how long a locked account stays locked
 * @param minPasswordLength minimum password length of the strength rule
 * @param idleTimeout       a session idle longer than this is ended
 */
@ConfigurationProperties("fazhi.identity")
public record IdentityProperties(String adminPassword,
                                 @DefaultValue("false") boolean demo,
                                 @DefaultValue("Fazhi@2026demo") String demoPassword,
                                 @DefaultValue("5") int maxFailedLogins,
                                 @DefaultValue("15") int lockoutMinutes,
                                 @DefaultValue("10") int minPasswordLength,
                                 @DefaultValue("30m") Duration idleTimeout) {
}
