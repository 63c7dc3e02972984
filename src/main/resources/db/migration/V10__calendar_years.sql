-- 工作日历 — a year of holiday data uploaded by the system administrator. It replaces the bundled
-- holiday-cn file for the same year (or adds a year the product does not ship). Kept as the uploaded
-- JSON, validated again when loaded, so a correction survives restarts.
CREATE TABLE calendar_year (
    year        INT          PRIMARY KEY CHECK (year BETWEEN 2001 AND 2199),
    source_json TEXT         NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Each calendar change and the open deadlines it moved (JSON list of {id, before, after}).
CREATE TABLE calendar_change (
    id          BIGSERIAL    PRIMARY KEY,
    year        INT          NOT NULL,
    changed_by  VARCHAR(64)  NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    moved_count INT          NOT NULL,
    moved_json  TEXT         NOT NULL
);
CREATE INDEX calendar_change_time_idx ON calendar_change (changed_at DESC);
