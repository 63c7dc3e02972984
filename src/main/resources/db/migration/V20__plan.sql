-- 工作安排 — a plan imported from an official notice, its sections, tasks and responsible units.
CREATE TABLE plan_plan (
    id               BIGSERIAL PRIMARY KEY,
    doc_number       VARCHAR(100),
    title            VARCHAR(300) NOT NULL,
    notice_title     VARCHAR(300),
    issuer           VARCHAR(200),
    issued_on        DATE,
    plan_year        INT,
    addressees       TEXT         NOT NULL DEFAULT '',
    source_format    VARCHAR(10)  NOT NULL,
    source_file_name VARCHAR(255),
    source_checksum  VARCHAR(64)  NOT NULL,
    source_text      TEXT         NOT NULL,
    source_bytes     BYTEA        NOT NULL,
    imported_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    imported_by      VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX plan_plan_doc_number_uq ON plan_plan (doc_number) WHERE doc_number IS NOT NULL;

CREATE TABLE plan_section (
    id          BIGSERIAL PRIMARY KEY,
    plan_id     BIGINT       NOT NULL REFERENCES plan_plan (id) ON DELETE CASCADE,
    number      INT          NOT NULL,
    heading     VARCHAR(300),
    intro       TEXT,
    source_line INT          NOT NULL DEFAULT 0,
    UNIQUE (plan_id, number)
);

CREATE TABLE plan_task (
    id          BIGSERIAL PRIMARY KEY,
    plan_id     BIGINT       NOT NULL REFERENCES plan_plan (id) ON DELETE CASCADE,
    section_id  BIGINT       NOT NULL REFERENCES plan_section (id),
    number      INT          NOT NULL,
    label       VARCHAR(40),
    title       VARCHAR(1000) NOT NULL,
    body        TEXT         NOT NULL DEFAULT '',
    due_date    DATE,
    due_text    VARCHAR(200),
    source_line INT          NOT NULL DEFAULT 0,
    withdrawn   BOOLEAN      NOT NULL DEFAULT FALSE,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX plan_task_plan_idx ON plan_task (plan_id, number);

-- One row per (task, unit); a collective term is expanded to its units and remembered in via_term.
-- 市直有关部门 and similar terms stay as one row with no unit until the coordinator designates units.
CREATE TABLE plan_responsibility (
    id            BIGSERIAL PRIMARY KEY,
    task_id       BIGINT       NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    unit_id       BIGINT REFERENCES org_unit (id),
    written_name  VARCHAR(200) NOT NULL,
    via_term      VARCHAR(200),
    lead          BOOLEAN      NOT NULL DEFAULT FALSE,
    to_designate  BOOLEAN      NOT NULL DEFAULT FALSE,
    position      INT          NOT NULL DEFAULT 0
);
CREATE INDEX plan_responsibility_task_idx ON plan_responsibility (task_id);
CREATE INDEX plan_responsibility_unit_idx ON plan_responsibility (unit_id);
CREATE UNIQUE INDEX plan_responsibility_unit_uq ON plan_responsibility (task_id, unit_id) WHERE unit_id IS NOT NULL;

-- 变更记录 — who changed what on a task, when and why (imports, re-imports, coordinator edits).
CREATE TABLE plan_task_change (
    id          BIGSERIAL PRIMARY KEY,
    task_id     BIGINT       NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    occurred_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor       VARCHAR(64)  NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    detail      TEXT         NOT NULL DEFAULT '',
    reason      VARCHAR(500)
);
CREATE INDEX plan_task_change_task_idx ON plan_task_change (task_id, occurred_at);
