-- 督办 — a formal order to one unit about one or more of its assignments: reason, the written response it
-- requires, its own deadline in working days; the unit's liaison responds, the office closes it. When the
-- deadline passes without a response the unit's leaders are told (escalated_at).
CREATE TABLE supervision_order (
    id            BIGSERIAL PRIMARY KEY,
    order_year    INT           NOT NULL,
    order_seq     INT           NOT NULL,
    number        VARCHAR(60)   NOT NULL,
    unit_id       BIGINT        NOT NULL,
    reason        TEXT          NOT NULL,
    requirement   TEXT          NOT NULL,
    response_days INT           NOT NULL,
    issued_on     DATE          NOT NULL,
    due_on        DATE          NOT NULL,
    issued_by     VARCHAR(64)   NOT NULL,
    issued_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    state         VARCHAR(16)   NOT NULL,
    escalated_at  TIMESTAMPTZ,
    closed_by     VARCHAR(64),
    closed_at     TIMESTAMPTZ,
    closing_note  VARCHAR(2000),
    version       BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (order_year, order_seq),
    CHECK (state IN ('OPEN', 'RESPONDED', 'CLOSED'))
);
CREATE INDEX supervision_order_unit_idx ON supervision_order (unit_id, issued_at DESC);
CREATE INDEX supervision_order_open_idx ON supervision_order (due_on) WHERE state <> 'CLOSED';

CREATE TABLE supervision_order_assignment (
    order_id      BIGINT        NOT NULL REFERENCES supervision_order (id),
    assignment_id BIGINT        NOT NULL,
    task_text     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (order_id, assignment_id)
);

-- 书面回复 — each response is kept; none is accepted after the order is closed.
CREATE TABLE supervision_order_response (
    id            BIGSERIAL PRIMARY KEY,
    order_id      BIGINT        NOT NULL REFERENCES supervision_order (id),
    text          TEXT          NOT NULL,
    responded_by  VARCHAR(64)   NOT NULL,
    responded_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX supervision_order_response_order_idx ON supervision_order_response (order_id);
