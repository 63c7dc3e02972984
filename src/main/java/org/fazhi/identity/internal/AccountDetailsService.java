package org.fazhi.identity.internal;

import java.time.Duration;
import java.time.Instant;
import org.fazhi.identity.IdentityProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for login and keeps the lockout count: {@code maxFailedLogins} failures in a row lock
 * the account for {@code lockoutMinutes}. Every outcome is written to the security audit trail.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final SecurityAudit audit;
    private final IdentityProperties properties;

    AccountDetailsService(Accounts accounts, SecurityAudit audit, IdentityProperties properties) {
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.trim())
                .map(Account::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        accounts.findByUsername(name).ifPresent(Account::recordSuccess);
        audit.record(SecurityEvent.Type.LOGIN, name, name, null);
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        String reason = event.getException().getClass().getSimpleName();
        audit.record(SecurityEvent.Type.LOGIN_FAILURE, name, null, reason);
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.findByUsername(name).ifPresent(account -> {
                boolean locked = account.recordFailure(properties.maxFailedLogins(),
                        Duration.ofMinutes(properties.lockoutMinutes()), Instant.now());
                if (locked) {
                    audit.record(SecurityEvent.Type.LOCKOUT, name, null,
                            "locked for " + properties.lockoutMinutes() + " min");
                }
            });
        }
    }
}
