-- 单位名称 — every written name of every unit (full name, short name, aliases) in one namespace, unique
-- after normalisation (org.fazhi.organization.NameNormalizer): a duplicate name or alias is never stored.
CREATE TABLE org_unit_name (
    id         BIGSERIAL PRIMARY KEY,
    unit_id    BIGINT       NOT NULL REFERENCES org_unit (id),
    name       VARCHAR(200) NOT NULL,
    normalized VARCHAR(200) NOT NULL,
    type       VARCHAR(8)   NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT org_unit_name_type_ck CHECK (type IN ('FULL', 'SHORT', 'ALIAS'))
);
CREATE UNIQUE INDEX org_unit_name_normalized_uq ON org_unit_name (normalized);
CREATE INDEX org_unit_name_unit_idx ON org_unit_name (unit_id);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_id);

-- 集合称谓 — collective terms (市直各部门, 各县(市、区)政府 …) and the scope they expand to.
CREATE TABLE org_collective_term (
    id         BIGSERIAL PRIMARY KEY,
    term       VARCHAR(100) NOT NULL,
    normalized VARCHAR(100) NOT NULL,
    scope      VARCHAR(32)  NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    CONSTRAINT org_collective_term_scope_ck CHECK (scope IN ('MUNICIPAL_DEPARTMENTS', 'COUNTY_GOVERNMENTS',
                                                             'PARK_COMMITTEES', 'TOWNSHIPS', 'DESIGNATED'))
);
CREATE UNIQUE INDEX org_collective_term_normalized_uq ON org_collective_term (normalized);
