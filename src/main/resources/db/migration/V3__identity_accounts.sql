-- 账号 — accounts belong to a unit; roles follow 三员分立 (system / security / audit administrators apart).
CREATE TABLE identity_account (
    id              BIGSERIAL PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    unit_id         BIGINT REFERENCES org_unit (id),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMPTZ,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX identity_account_username_uq ON identity_account (lower(username));

CREATE TABLE identity_account_role (
    account_id BIGINT      NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT identity_account_role_ck CHECK (role IN ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN', 'COORDINATOR',
                                                        'UNIT_LIAISON', 'UNIT_LEADER', 'CITY_LEADER'))
);

-- 安全审计 — login, failure, lockout, role change …; append-only, read by the audit administrator.
CREATE TABLE identity_security_event (
    id          BIGSERIAL PRIMARY KEY,
    occurred_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    type        VARCHAR(40)  NOT NULL,
    username    VARCHAR(64),
    actor       VARCHAR(64),
    remote_addr VARCHAR(64),
    detail      VARCHAR(500)
);
CREATE INDEX identity_security_event_time_idx ON identity_security_event (occurred_at DESC);
