-- 行政复议 register. A case is a snapshot (for lists, filters and indicators) of its steps; every step is an
-- event row (who, when, what, why). Cases are never deleted: closed or voided with a reason.
CREATE TABLE reconsideration_case (
    id                 BIGSERIAL PRIMARY KEY,
    applicant          VARCHAR(200)  NOT NULL,
    respondent_unit_id BIGINT        NOT NULL,
    act_challenged     VARCHAR(1000) NOT NULL,
    channel            VARCHAR(20)   NOT NULL,
    received_on        DATE          NOT NULL,
    knew_on            DATE          NOT NULL,
    told_of_right      BOOLEAN       NOT NULL,
    rights_known_on    DATE,
    late_filing        BOOLEAN       NOT NULL DEFAULT FALSE,
    state              VARCHAR(30)   NOT NULL,
    procedure_kind     VARCHAR(20),
    accepted_on        DATE,
    closed_on          DATE,
    decision_type      VARCHAR(30),
    decision_due       DATE,
    created_by         VARCHAR(64)   NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX reconsideration_case_unit_idx ON reconsideration_case (respondent_unit_id);
CREATE INDEX reconsideration_case_state_idx ON reconsideration_case (state);
CREATE INDEX reconsideration_case_closed_idx ON reconsideration_case (closed_on);

CREATE TABLE reconsideration_event (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT       NOT NULL REFERENCES reconsideration_case (id),
    seq         INT          NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    on_date     DATE,
    other_date  DATE,
    days        INT,
    code        VARCHAR(30),
    note        VARCHAR(500),
    reason      VARCHAR(1000),
    state_from  VARCHAR(30),
    state_to    VARCHAR(30)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (case_id, seq)
);
