package org.fazhi.identity.internal;

import java.security.SecureRandom;
import java.util.Set;
import org.fazhi.identity.IdentityProperties;
import org.fazhi.identity.Role;
import org.fazhi.platform.FirstStartLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start with no accounts, creates the system administrator {@code admin} with the password from
 * {@code FAZHI_ADMIN_PASSWORD}, or a random one printed once in the log.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final IdentityProperties properties;
    private final SecurityAudit audit;
    private final FirstStartLock lock;

    AdminBootstrap(Accounts accounts, PasswordEncoder encoder, IdentityProperties properties, SecurityAudit audit,
                   FirstStartLock lock) {
        this.lock = lock;
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        lock.hold("identity.accounts");
        if (accounts.count() > 0) {
            return;
        }
        String password = properties.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = randomPassword();
        }
        accounts.save(new Account("admin", "系统管理员", encoder.encode(password), null, Set.of(Role.SYSTEM_ADMIN)));
        audit.record(SecurityEvent.Type.ACCOUNT_CREATED, "admin", "system", "first start");
        if (generated) {
            log.warn("Created the system administrator 'admin' with password: {}  (shown once; set "
                    + "FAZHI_ADMIN_PASSWORD to choose it)", password);
        } else {
            log.info("Created the system administrator 'admin' with the password from FAZHI_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder("Fz-");
        for (int i = 0; i < 14; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.append("-9").toString();
    }
}
