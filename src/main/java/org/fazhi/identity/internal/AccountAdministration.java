package org.fazhi.identity.internal;

import java.util.Set;
import org.fazhi.identity.IdentityProperties;
import org.fazhi.identity.Role;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration split by 三员分立: the system administrator creates and edits accounts; the
 * security administrator changes roles, resets passwords and unlocks. Every change is audited.
 */
@Service
public class AccountAdministration {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final SecurityAudit audit;
    private final PasswordPolicy policy;

    AccountAdministration(Accounts accounts, PasswordEncoder encoder, SecurityAudit audit, IdentityProperties props) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.policy = new PasswordPolicy(props.minPasswordLength());
    }

    /** Creates an account; the first role is set here, later changes belong to the security administrator. */
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional
    public Account create(String actor, String username, String displayName, String password, Long unitId, Role role) {
        return create(actor, username, displayName, password, unitId, role, null);
    }

    /** {@link #create(String, String, String, String, Long, Role)} with an e-mail address (may be blank). */
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional
    public Account create(String actor, String username, String displayName, String password, Long unitId, Role role,
                          String email) {
        String name = username == null ? "" : username.trim();
        if (!name.matches("[A-Za-z0-9_.\\-]{3,64}")) {
            throw new DomainException("error.identity.username.invalid");
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw new DomainException("error.identity.username.taken", name);
        }
        requireStrong(name, password);
        requireUnitFor(role, unitId);
        Account account = new Account(name, displayName.trim(), encoder.encode(password), unitId, Set.of(role));
        account.changeEmail(email(email));
        account = accounts.save(account);
        audit.record(SecurityEvent.Type.ACCOUNT_CREATED, name, actor, "role=" + role + " unit=" + unitId);
        return account;
    }

    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional
    public void update(String actor, long id, String displayName, Long unitId, boolean enabled) {
        update(actor, id, displayName, unitId, enabled, find(id).getEmail());
    }

    /** Changes name, unit, enabled state and e-mail address (blank removes it). */
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional
    public void update(String actor, long id, String displayName, Long unitId, boolean enabled, String email) {
        Account account = find(id);
        account.getRoles().forEach(r -> requireUnitFor(r, unitId));
        account.update(displayName.trim(), unitId, enabled);
        account.changeEmail(email(email));
        audit.record(SecurityEvent.Type.ACCOUNT_UPDATED, account.getUsername(), actor,
                "unit=" + unitId + " enabled=" + enabled);
    }

    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    @Transactional
    public void changeRoles(String actor, long id, Set<Role> roles) {
        Account account = find(id);
        if (account.getUsername().equalsIgnoreCase(actor)) {
            throw new DomainException("error.identity.roles.self");
        }
        if (roles.stream().filter(Role::administrative).count() > 0 && roles.size() > 1) {
            throw new DomainException("error.identity.roles.separation");
        }
        roles.forEach(r -> requireUnitFor(r, account.getUnitId()));
        Set<Role> before = account.getRoles();
        account.changeRoles(roles);
        audit.record(SecurityEvent.Type.ROLE_CHANGE, account.getUsername(), actor, before + " -> " + roles);
    }

    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    @Transactional
    public void resetPassword(String actor, long id, String password) {
        Account account = find(id);
        requireStrong(account.getUsername(), password);
        account.changePassword(encoder.encode(password));
        audit.record(SecurityEvent.Type.PASSWORD_RESET, account.getUsername(), actor, null);
    }

    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    @Transactional
    public void unlock(String actor, long id) {
        Account account = find(id);
        account.unlock();
        audit.record(SecurityEvent.Type.UNLOCK, account.getUsername(), actor, null);
    }

    private Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("error.identity.account.notFound"));
    }

    private void requireStrong(String username, String password) {
        policy.violation(username, password).ifPresent(key -> {
            throw new DomainException(key, policy.minLength());
        });
    }

    /** A plain address check (one @, no spaces); blank means none. */
    private static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.trim();
        if (trimmed.length() > 254 || !trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DomainException("error.identity.email.invalid");
        }
        return trimmed;
    }

    /** Unit liaisons and unit leaders act for a unit, so they must belong to one. */
    private static void requireUnitFor(Role role, Long unitId) {
        if ((role == Role.UNIT_LIAISON || role == Role.UNIT_LEADER) && unitId == null) {
            throw new DomainException("error.identity.unit.required");
        }
    }
}
