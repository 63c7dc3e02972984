-- 消息 — every user's in-app inbox. The title is a message key with its arguments (shown in the reader's
-- language); the body is plain text written by a person (e.g. the urge's message), or empty.
CREATE TABLE supervision_notification (
    id          BIGSERIAL PRIMARY KEY,
    recipient   VARCHAR(64)   NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    title_key   VARCHAR(120)  NOT NULL,
    title_args  TEXT[]        NOT NULL DEFAULT '{}',
    body        TEXT          NOT NULL DEFAULT '',
    link        VARCHAR(300),
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    read_at     TIMESTAMPTZ,
    mail_claimed_at TIMESTAMPTZ,
    mailed_at   TIMESTAMPTZ
);
CREATE INDEX supervision_notification_recipient_idx ON supervision_notification (lower(recipient), created_at DESC);
CREATE INDEX supervision_notification_unread_idx ON supervision_notification (lower(recipient)) WHERE read_at IS NULL;

-- 催办 — the office urges one assignment; the n-th urge of the same assignment (n ≥ escalate-after) also goes
-- to the unit's leaders. Who, when, message and recipients are kept for good.
CREATE TABLE supervision_urge (
    id             BIGSERIAL PRIMARY KEY,
    assignment_id  BIGINT        NOT NULL,
    plan_id        BIGINT        NOT NULL,
    unit_id        BIGINT        NOT NULL,
    sequence_no    INT           NOT NULL,
    escalated      BOOLEAN       NOT NULL,
    message        VARCHAR(1000) NOT NULL,
    recipients     TEXT[]        NOT NULL,
    urged_by       VARCHAR(64)   NOT NULL,
    urged_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (assignment_id, sequence_no)
);
CREATE INDEX supervision_urge_unit_idx ON supervision_urge (unit_id, urged_at DESC);
