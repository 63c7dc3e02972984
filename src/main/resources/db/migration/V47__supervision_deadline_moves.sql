-- When the official calendar changes, the stored due dates of open supervision orders and of open 整改 items
-- given in working days are recomputed from their start day and day count (both already stored: V41
-- issued_on/response_days, V44 raised_on/working_days). Each move is kept here: by the system, when, and which
-- calendar change (year, administrator) caused it. Items given as a fixed date are never moved.
CREATE TABLE supervision_deadline_move (
    id                 BIGSERIAL PRIMARY KEY,
    item_kind          VARCHAR(16)   NOT NULL,
    item_id            BIGINT        NOT NULL,
    due_before         DATE          NOT NULL,
    due_after          DATE          NOT NULL,
    calendar_year      INT           NOT NULL,
    calendar_changed_by VARCHAR(64)  NOT NULL,
    moved_by           VARCHAR(64)   NOT NULL DEFAULT 'system',
    moved_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (item_kind IN ('ORDER', 'RECTIFICATION'))
);
CREATE INDEX supervision_deadline_move_item_idx ON supervision_deadline_move (item_kind, item_id, moved_at);
