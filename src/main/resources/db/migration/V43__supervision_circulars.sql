-- 通报 — drafted from the data of one plan and period (late units, units that never reported, best performers),
-- edited by the office, then published to an audience; a published circular is never changed.
CREATE TABLE supervision_circular (
    id            BIGSERIAL PRIMARY KEY,
    plan_id       BIGINT        NOT NULL,
    period_from   DATE          NOT NULL,
    period_to     DATE          NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    body          TEXT          NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    audience      VARCHAR(16),
    created_by    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by    VARCHAR(64)   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    published_by  VARCHAR(64),
    published_at  TIMESTAMPTZ,
    version       BIGINT        NOT NULL DEFAULT 0,
    CHECK (state IN ('DRAFT', 'PUBLISHED')),
    CHECK (audience IS NULL OR audience IN ('ALL_UNITS', 'LEADERS'))
);
