-- The tree of Party organizations (province committee -> ward committee -> grassroots organizations and
-- cells -> party groups). path is the materialised path of ids ("/1/5/23/"): a subtree is a prefix.
CREATE TABLE party_organization (
    id                 bigserial PRIMARY KEY,
    parent_id          bigint REFERENCES party_organization (id),
    path               text    NOT NULL UNIQUE,
    depth              int     NOT NULL,
    kind               text    NOT NULL,
    cell_type          text,
    name               text    NOT NULL,
    name_key           bytea   NOT NULL,
    place_name         text,
    established_on     date,
    dissolved_on       date,
    dissolution_reason text,
    notes              text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    created_by         text        NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    updated_by         text        NOT NULL,
    version            int         NOT NULL DEFAULT 0
);
CREATE INDEX party_organization_path_idx ON party_organization (path text_pattern_ops);
CREATE INDEX party_organization_parent_idx ON party_organization (parent_id, name_key);
CREATE INDEX party_organization_name_trgm_idx ON party_organization USING gin (lower(name) gin_trgm_ops);

-- Terms (nhiệm kỳ): ward 2025–2030, cells 2025–2027.
CREATE TABLE organization_term (
    id              bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES party_organization (id),
    label           text   NOT NULL,
    starts_on       date   NOT NULL,
    ends_on         date   NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text        NOT NULL,
    CHECK (ends_on > starts_on)
);
CREATE INDEX organization_term_org_idx ON organization_term (organization_id, starts_on DESC);

-- Committee composition: who holds which position, from when to when. member_id refers to the member
-- registry (member module); no foreign key across modules, members are never deleted, only given a status.
CREATE TABLE committee_position (
    id              bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES party_organization (id),
    term_id         bigint REFERENCES organization_term (id),
    member_id       bigint NOT NULL,
    position        text   NOT NULL,
    starts_on       date   NOT NULL,
    ends_on         date,
    decision_ref    text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text        NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text        NOT NULL,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX committee_position_org_idx ON committee_position (organization_id, starts_on);
CREATE INDEX committee_position_member_idx ON committee_position (member_id);
CREATE INDEX committee_position_position_idx ON committee_position (position, member_id);
