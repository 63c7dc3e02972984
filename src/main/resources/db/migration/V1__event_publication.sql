-- Spring Modulith JPA event publication registry (events survive a crash and are re-delivered).
CREATE TABLE event_publication (
    id                     UUID PRIMARY KEY,
    listener_id            TEXT        NOT NULL,
    event_type             TEXT        NOT NULL,
    serialized_event       TEXT        NOT NULL,
    publication_date       TIMESTAMPTZ NOT NULL,
    completion_date        TIMESTAMPTZ,
    status                 VARCHAR(20),
    completion_attempts    INT         NOT NULL DEFAULT 0,
    last_resubmission_date TIMESTAMPTZ
);
CREATE INDEX event_publication_incomplete_idx ON event_publication (completion_date) WHERE completion_date IS NULL;

CREATE TABLE event_publication_archive (
    id                     UUID PRIMARY KEY,
    listener_id            TEXT        NOT NULL,
    event_type             TEXT        NOT NULL,
    serialized_event       TEXT        NOT NULL,
    publication_date       TIMESTAMPTZ NOT NULL,
    completion_date        TIMESTAMPTZ,
    status                 VARCHAR(20),
    completion_attempts    INT         NOT NULL DEFAULT 0,
    last_resubmission_date TIMESTAMPTZ
);
