-- Attachments (evidence files, case attachments): checked by content before they get here, stored in the
-- caller's transaction. owner is the owning module's reference (e.g. progress:report:42); it decides access.
CREATE TABLE attachment_file (
    id          bigserial    PRIMARY KEY,
    owner       varchar(200) NOT NULL,
    file_name   varchar(200) NOT NULL,
    kind        varchar(16)  NOT NULL,
    media_type  varchar(100) NOT NULL,
    size        bigint       NOT NULL CHECK (size > 0),
    sha256      char(64)     NOT NULL,
    content     bytea        NOT NULL,
    uploaded_by varchar(100) NOT NULL,
    uploaded_at timestamptz  NOT NULL
);

CREATE INDEX attachment_file_owner ON attachment_file (owner, uploaded_at, id);

-- the files are compressed formats already (PDF, images, ZIP-based Office): skip TOAST's compression attempt
ALTER TABLE attachment_file ALTER COLUMN content SET STORAGE EXTERNAL;
