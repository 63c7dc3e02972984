package org.fazhi.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.fazhi.identity.AccountPrincipal;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;

/** 账号 — an account belongs to a unit and holds roles. */
@Entity
@Table(name = "identity_account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(length = 254)
    private String email;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected Account() {
    }

    Account(String username, String displayName, String passwordHash, Long unitId, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.unitId = unitId;
        this.roles = new HashSet<>(roles);
    }

    /** A failed login; after {@code max} failures in a row the account is locked for {@code lockout}. */
    boolean recordFailure(int max, Duration lockout, Instant now) {
        failedAttempts++;
        if (failedAttempts >= max) {
            lockedUntil = now.plus(lockout);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void unlock() {
        recordSuccess();
    }

    void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void changePassword(String hash) {
        this.passwordHash = hash;
    }

    void update(String displayName, Long unitId, boolean enabled) {
        this.displayName = displayName;
        this.unitId = unitId;
        this.enabled = enabled;
    }

    void changeEmail(String email) {
        this.email = email;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    AccountPrincipal toPrincipal() {
        Set<Role> r = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return new AccountPrincipal(new CurrentUser(id, username, displayName, unitId, r), passwordHash, enabled,
                lockedUntil);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
