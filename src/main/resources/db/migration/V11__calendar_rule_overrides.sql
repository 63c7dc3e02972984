-- 可配置期限 — the system administrator's figure for a configurable period rule (practice rules that differ
-- between provinces, e.g. filing of normative documents 15 or 30 days). Statutory periods cannot be changed.
CREATE TABLE calendar_rule_override (
    rule_id     VARCHAR(100) PRIMARY KEY,
    length      INT          NOT NULL CHECK (length BETWEEN 1 AND 3660),
    updated_by  VARCHAR(64)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
