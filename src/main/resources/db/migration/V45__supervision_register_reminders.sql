-- Inbox reminders of the case registers' deadlines: one row per (user, deadline, kind) — posted once even
-- when the daily job runs twice or on several instances (the primary key settles it).
CREATE TABLE supervision_deadline_reminder (
    username     VARCHAR(64)   NOT NULL,
    deadline_id  VARCHAR(200)  NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    due_on       DATE          NOT NULL,
    posted_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (username, deadline_id, kind),
    CHECK (kind IN ('DUE_SOON', 'OVERDUE'))
);
