-- 行政应诉 — lawsuits against units, hearings with who appeared for the agency, judicial suggestions, history.
CREATE TABLE litigation_case (
    id                     BIGSERIAL PRIMARY KEY,
    unit_id                BIGINT        NOT NULL,
    court                  VARCHAR(200)  NOT NULL,
    case_number            VARCHAR(100)  NOT NULL,
    plaintiff              VARCHAR(200)  NOT NULL,
    challenged_act         TEXT          NOT NULL,
    instance               VARCHAR(20)   NOT NULL,
    complaint_received_on  DATE          NOT NULL,
    defence_submitted_on   DATE,
    status                 VARCHAR(20)   NOT NULL,
    judgment_on            DATE,
    judgment_result        VARCHAR(30),
    performed              BOOLEAN,
    void_reason            TEXT,
    registered_by          VARCHAR(64)   NOT NULL,
    registered_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version                BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX litigation_case_unit_idx ON litigation_case (unit_id);

CREATE TABLE litigation_hearing (
    id           BIGSERIAL PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES litigation_case (id),
    held_on      DATE          NOT NULL,
    appearance   VARCHAR(20)   NOT NULL,
    appeared     VARCHAR(200),
    excuse       VARCHAR(30),
    excuse_note  TEXT,
    recorded_by  VARCHAR(64)   NOT NULL
);
CREATE INDEX litigation_hearing_case_idx ON litigation_hearing (case_id, held_on);

CREATE TABLE litigation_suggestion (
    id           BIGSERIAL PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES litigation_case (id),
    received_on  DATE          NOT NULL,
    content      TEXT          NOT NULL,
    replied_on   DATE,
    reply        TEXT
);
CREATE INDEX litigation_suggestion_case_idx ON litigation_suggestion (case_id);

CREATE TABLE litigation_event (
    id        BIGSERIAL PRIMARY KEY,
    case_id   BIGINT       NOT NULL REFERENCES litigation_case (id),
    at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor     VARCHAR(64)  NOT NULL,
    action    VARCHAR(40)  NOT NULL,
    detail    TEXT         NOT NULL DEFAULT ''
);
CREATE INDEX litigation_event_case_idx ON litigation_event (case_id, id);
