package org.fazhi.identity.internal;

import java.util.List;
import java.util.Set;
import org.fazhi.identity.IdentityProperties;
import org.fazhi.identity.Role;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.platform.FirstStartLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode ({@code FAZHI_DEMO=true}, never on by default): one account per role, tied to real Suining
 * units, all with the demo password, so a newcomer can try every role. Created once, when the unit
 * registry is ready.
 */
@Component
class DemoAccounts {

    /** One demo account. */
    record Demo(String username, String displayName, Role role, String unitName) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("secadmin", "安全管理员", Role.SECURITY_ADMIN, null),
            new Demo("auditor", "安全审计员", Role.AUDIT_ADMIN, null),
            new Demo("coordinator", "市司法局 协调员", Role.COORDINATOR, "市司法局"),
            new Demo("liaison", "船山区 联络员", Role.UNIT_LIAISON, "船山区人民政府"),
            new Demo("leader", "船山区 负责人", Role.UNIT_LEADER, "船山区人民政府"),
            new Demo("liaison-fgw", "市发展改革委 联络员", Role.UNIT_LIAISON, "市发展改革委"),
            new Demo("cityleader", "市领导", Role.CITY_LEADER, null));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final IdentityProperties properties;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final UnitDirectory directory;
    private final SecurityAudit audit;
    private final FirstStartLock lock;

    DemoAccounts(IdentityProperties properties, Accounts accounts, PasswordEncoder encoder, UnitDirectory directory,
                 SecurityAudit audit, FirstStartLock lock) {
        this.lock = lock;
        this.properties = properties;
        this.accounts = accounts;
        this.encoder = encoder;
        this.directory = directory;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void create() {
        if (!properties.demo()) {
            return;
        }
        lock.hold("identity.accounts");
        String hash = encoder.encode(properties.demoPassword());
        for (Demo demo : ACCOUNTS) {
            if (accounts.findByUsername(demo.username()).isPresent()) {
                continue;
            }
            Long unit = demo.unitName() == null ? null : unitId(demo.unitName());
            accounts.save(new Account(demo.username(), demo.displayName(), hash, unit, Set.of(demo.role())));
            audit.record(SecurityEvent.Type.ACCOUNT_CREATED, demo.username(), "system", "demo mode");
        }
        log.warn("Demo mode: one account per role with the demo password ({}). Never use demo mode in production.",
                ACCOUNTS.stream().map(Demo::username).toList());
    }

    private Long unitId(String name) {
        return directory.resolve(name) instanceof NameResolution.Resolved r ? r.unitId() : null;
    }
}
