-- 依申请公开 — requests for government information (政府信息公开条例 2019), their history, never deleted.
CREATE TABLE disclosure_request (
    id                       BIGSERIAL PRIMARY KEY,
    unit_id                  BIGINT        NOT NULL,
    requester_type           VARCHAR(20)   NOT NULL,
    requester_name           VARCHAR(200)  NOT NULL,
    channel                  VARCHAR(20)   NOT NULL,
    submitted_on             DATE,
    signed_on                DATE,
    confirmed_on             DATE,
    received_on              DATE          NOT NULL,
    content                  TEXT          NOT NULL,
    status                   VARCHAR(20)   NOT NULL,
    correction_notice_on     DATE,
    correction_due_on        DATE,
    correction_received_on   DATE,
    consultation_started_on  DATE,
    consultation_ended_on    DATE,
    extension_days           INT,
    extension_approver       VARCHAR(100),
    extension_notice_on      DATE,
    closed_on                DATE,
    outcome                  VARCHAR(40),
    outcome_note             TEXT,
    reconsideration_result   VARCHAR(20),
    litigation_result        VARCHAR(20),
    void_reason              TEXT,
    registered_by            VARCHAR(64)   NOT NULL,
    registered_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version                  BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX disclosure_request_unit_idx ON disclosure_request (unit_id, received_on);

CREATE TABLE disclosure_event (
    id          BIGSERIAL PRIMARY KEY,
    request_id  BIGINT       NOT NULL REFERENCES disclosure_request (id),
    at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    detail      TEXT         NOT NULL DEFAULT ''
);
CREATE INDEX disclosure_event_request_idx ON disclosure_event (request_id, id);
