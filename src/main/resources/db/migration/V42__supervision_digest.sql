-- 提醒方式 — per user: one daily digest e-mail (default) or each message e-mailed at once.
CREATE TABLE supervision_preference (
    username    VARCHAR(64)  PRIMARY KEY,
    mode        VARCHAR(16)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (mode IN ('DIGEST', 'IMMEDIATE'))
);

-- 每日提醒 — one row per (user, day), claimed before sending, so several app instances send it once; sent_at
-- is set only after the SMTP server accepted the message; a failed attempt frees the claim for the next run.
CREATE TABLE supervision_digest (
    username    VARCHAR(64)  NOT NULL,
    day         DATE         NOT NULL,
    claimed_by  VARCHAR(100),
    claimed_at  TIMESTAMPTZ,
    sent_at     TIMESTAMPTZ,
    attempts    INT          NOT NULL DEFAULT 0,
    last_error  VARCHAR(500),
    PRIMARY KEY (username, day)
);
