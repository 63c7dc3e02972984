package org.fazhi.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 安全审计事件 — one line of the append-only security audit trail. */
@Entity
@Table(name = "identity_security_event")
public class SecurityEvent {

    /** What happened. */
    public enum Type {
        LOGIN, LOGIN_FAILURE, LOCKOUT, LOGOUT, SESSION_EXPIRED, ACCOUNT_CREATED, ACCOUNT_UPDATED, ROLE_CHANGE,
        PASSWORD_RESET, UNLOCK, ACCESS_DENIED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Type type;

    @Column(length = 64)
    private String username;

    @Column(length = 64)
    private String actor;

    @Column(name = "remote_addr", length = 64)
    private String remoteAddr;

    @Column(length = 500)
    private String detail;

    protected SecurityEvent() {
    }

    SecurityEvent(Type type, String username, String actor, String remoteAddr, String detail) {
        this.occurredAt = Instant.now();
        this.type = type;
        this.username = truncate(username, 64);
        this.actor = truncate(actor, 64);
        this.remoteAddr = truncate(remoteAddr, 64);
        this.detail = truncate(detail, 500);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Type getType() {
        return type;
    }

    public String getUsername() {
        return username;
    }

    public String getActor() {
        return actor;
    }

    public String getRemoteAddr() {
        return remoteAddr;
    }

    public String getDetail() {
        return detail;
    }
}
