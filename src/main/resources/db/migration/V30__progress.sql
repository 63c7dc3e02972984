-- 执行闭环 — one assignment per (task, responsible unit), its sign-for (签收), adjustment requests, reporting
-- settings per plan, progress reports (每次提交为一个版本，提交后不可修改) and the decisions on them.
CREATE TABLE progress_assignment (
    id          BIGSERIAL PRIMARY KEY,
    plan_id     BIGINT       NOT NULL,
    task_id     BIGINT       NOT NULL,
    unit_id     BIGINT       NOT NULL,
    lead        BOOLEAN      NOT NULL DEFAULT FALSE,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_on  DATE         NOT NULL,
    retired_at  TIMESTAMPTZ,
    sign_state  VARCHAR(24)  NOT NULL DEFAULT 'PENDING',
    signed_at   TIMESTAMPTZ,
    signed_by   VARCHAR(64),
    version     BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (task_id, unit_id)
);
CREATE INDEX progress_assignment_plan_idx ON progress_assignment (plan_id, task_id);
CREATE INDEX progress_assignment_unit_idx ON progress_assignment (unit_id) WHERE active;

-- 调整申请 — a unit asks to change the wording, says the task is not its duty, or that it cannot be done this year.
CREATE TABLE progress_adjustment (
    id             BIGSERIAL PRIMARY KEY,
    assignment_id  BIGINT       NOT NULL REFERENCES progress_assignment (id),
    kind           VARCHAR(24)  NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    requested_by   VARCHAR(64)  NOT NULL,
    requested_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    decision       VARCHAR(16),
    decided_by     VARCHAR(64),
    decided_at     TIMESTAMPTZ,
    decision_note  VARCHAR(1000)
);
CREATE INDEX progress_adjustment_assignment_idx ON progress_adjustment (assignment_id);
CREATE UNIQUE INDEX progress_adjustment_open_uq ON progress_adjustment (assignment_id) WHERE decision IS NULL;

-- 报送周期 per plan.
CREATE TABLE progress_plan_setting (
    plan_id          BIGINT       PRIMARY KEY,
    frequency        VARCHAR(16)  NOT NULL,
    due_working_days INT          NOT NULL,
    leader_approval  BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_by       VARCHAR(64)  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- 进展报告: one row per version; a submitted version is never changed again except its review state.
CREATE TABLE progress_report (
    id               BIGSERIAL PRIMARY KEY,
    assignment_id    BIGINT       NOT NULL REFERENCES progress_assignment (id),
    period_key       VARCHAR(16)  NOT NULL,
    version_no       INT          NOT NULL,
    state            VARCHAR(24)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    late_reason      VARCHAR(1000),
    done_text        TEXT         NOT NULL DEFAULT '',
    next_steps       TEXT         NOT NULL DEFAULT '',
    percent          INT,
    idempotency_key  VARCHAR(80),
    author           VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    submitted_at     TIMESTAMPTZ,
    version          BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (assignment_id, period_key, version_no),
    CHECK (percent IS NULL OR (percent BETWEEN 0 AND 100))
);
CREATE UNIQUE INDEX progress_report_idempotency_uq ON progress_report (idempotency_key);
CREATE INDEX progress_report_state_idx ON progress_report (state);

-- 审核记录: submitted, leader approved/returned, office accepted/returned — who, when, comment.
CREATE TABLE progress_decision (
    id          BIGSERIAL PRIMARY KEY,
    report_id   BIGINT       NOT NULL REFERENCES progress_report (id),
    kind        VARCHAR(24)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    comment     VARCHAR(2000)
);
CREATE INDEX progress_decision_report_idx ON progress_decision (report_id);
