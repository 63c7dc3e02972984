-- 单位 — the registry of government units every other module refers to by id.
CREATE TABLE org_unit (
    id             BIGSERIAL PRIMARY KEY,
    kind           VARCHAR(32)  NOT NULL,
    parent_id      BIGINT REFERENCES org_unit (id),
    full_name      VARCHAR(200) NOT NULL,
    short_name     VARCHAR(100),
    status         VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    merged_into_id BIGINT REFERENCES org_unit (id),
    sort_order     INT          NOT NULL DEFAULT 0,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT org_unit_kind_ck CHECK (kind IN ('GOVERNMENT_OFFICE', 'MUNICIPAL_DEPARTMENT', 'COUNTY_GOVERNMENT',
                                                'PARK_COMMITTEE', 'TOWNSHIP', 'OTHER')),
    CONSTRAINT org_unit_status_ck CHECK (status IN ('ACTIVE', 'MERGED'))
);
CREATE UNIQUE INDEX org_unit_full_name_uq ON org_unit (full_name);
