-- 整改 — an item raised by a supervision order or a published circular for one of its addressee units: a
-- requirement, a deadline (n working days on the official calendar, or a date) and the unit's reports of it.
-- Never deleted: closed when the office accepts a report, or voided with a reason.
CREATE TABLE supervision_rectification (
    id            BIGSERIAL PRIMARY KEY,
    source_kind   VARCHAR(16)   NOT NULL,
    source_id     BIGINT        NOT NULL,
    source_label  VARCHAR(300)  NOT NULL,
    plan_id       BIGINT,
    unit_id       BIGINT        NOT NULL,
    requirement   TEXT          NOT NULL,
    working_days  INT,
    raised_on     DATE          NOT NULL,
    due_on        DATE          NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    raised_by     VARCHAR(64)   NOT NULL,
    raised_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    closed_by     VARCHAR(64),
    closed_at     TIMESTAMPTZ,
    closing_note  VARCHAR(2000),
    version       BIGINT        NOT NULL DEFAULT 0,
    CHECK (source_kind IN ('ORDER', 'CIRCULAR')),
    CHECK (state IN ('OPEN', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'VOIDED')),
    CHECK (working_days IS NULL OR working_days BETWEEN 1 AND 250)
);
CREATE INDEX supervision_rectification_unit_idx ON supervision_rectification (unit_id, state);
CREATE INDEX supervision_rectification_source_idx ON supervision_rectification (source_kind, source_id);

-- The unit's reports: one row per report; a draft is changed until submitted, a submitted one never again
-- (its review — accepted or returned with a comment — is written once).
CREATE TABLE supervision_rectification_report (
    id                BIGSERIAL PRIMARY KEY,
    rectification_id  BIGINT        NOT NULL REFERENCES supervision_rectification (id),
    seq               INT           NOT NULL,
    text              TEXT          NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    saved_by          VARCHAR(64)   NOT NULL,
    saved_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    submitted_by      VARCHAR(64),
    submitted_at      TIMESTAMPTZ,
    reviewed_by       VARCHAR(64),
    reviewed_at       TIMESTAMPTZ,
    review_comment    VARCHAR(2000),
    UNIQUE (rectification_id, seq),
    CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'))
);

-- Every state change of an item: who, when, from, to, and the note (reason, comment).
CREATE TABLE supervision_rectification_event (
    id                BIGSERIAL PRIMARY KEY,
    rectification_id  BIGINT        NOT NULL REFERENCES supervision_rectification (id),
    from_state        VARCHAR(16),
    to_state          VARCHAR(16)   NOT NULL,
    actor             VARCHAR(64)   NOT NULL,
    at                TIMESTAMPTZ   NOT NULL DEFAULT now(),
    note              VARCHAR(2000)
);
CREATE INDEX supervision_rectification_event_idx ON supervision_rectification_event (rectification_id, at);
