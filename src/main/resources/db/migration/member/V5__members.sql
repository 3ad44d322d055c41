-- The member register (sổ danh sách đảng viên, form 7-HSĐV) with the citizen ID and phone of the
-- national handbook. org_path copies the organization's path so that scope checks and subtree lists are a
-- prefix match on an index; the member module keeps it in step when organizations move.
CREATE TABLE member (
    id                   bigserial PRIMARY KEY,
    organization_id      bigint  NOT NULL REFERENCES party_organization (id),
    org_path             text    NOT NULL,
    temp_organization_id bigint REFERENCES party_organization (id),
    temp_org_path        text,
    temp_external        text,
    full_name            text    NOT NULL,
    family_name          text    NOT NULL,
    middle_name          text    NOT NULL,
    given_name           text    NOT NULL,
    given_key            bytea   NOT NULL,
    middle_key           bytea   NOT NULL,
    family_key           bytea   NOT NULL,
    search_text          text    NOT NULL,
    date_of_birth        date    NOT NULL,
    gender               text    NOT NULL,
    ethnicity            text,
    religion             text,
    hometown             text,
    residence            text,
    admission_date       date    NOT NULL,
    official_date        date,
    card_number          varchar(20),
    citizen_id           varchar(12),
    phone                varchar(20),
    email                text,
    education            text,
    political_theory     text,
    occupation           text,
    transfer_in_date     date,
    transfer_out_date    date,
    notes                text,
    current_status       text    NOT NULL,
    status_since         date    NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    created_by           text        NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    updated_by           text        NOT NULL,
    version              int         NOT NULL DEFAULT 0,
    CHECK (gender IN ('MALE', 'FEMALE')),
    CHECK (official_date IS NULL OR official_date >= admission_date)
);
CREATE UNIQUE INDEX member_card_number_idx ON member (card_number) WHERE card_number IS NOT NULL;
CREATE UNIQUE INDEX member_citizen_id_idx ON member (citizen_id) WHERE citizen_id IS NOT NULL;
CREATE INDEX member_org_path_idx ON member (org_path text_pattern_ops);
CREATE INDEX member_temp_org_path_idx ON member (temp_org_path text_pattern_ops) WHERE temp_org_path IS NOT NULL;
CREATE INDEX member_organization_idx ON member (organization_id);
CREATE INDEX member_name_order_idx ON member (given_key, middle_key, family_key, id);
CREATE INDEX member_search_idx ON member USING gin (search_text gin_trgm_ops);
CREATE INDEX member_birth_idx ON member (date_of_birth);
CREATE INDEX member_admission_idx ON member (admission_date);

-- Status history: every status with its effective date; "status as of D" is the latest row on or before D.
CREATE TABLE member_status_change (
    id             bigserial PRIMARY KEY,
    member_id      bigint NOT NULL REFERENCES member (id),
    status         text   NOT NULL,
    effective_date date   NOT NULL,
    reason         text,
    decision_ref   text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text        NOT NULL
);
CREATE INDEX member_status_change_idx ON member_status_change (member_id, effective_date DESC, id DESC);

-- Movements between organizations: joining, official and temporary transfers inside the system, and
-- transfers in from and out to organizations outside it.
CREATE TABLE member_transfer (
    id                     bigserial PRIMARY KEY,
    member_id              bigint NOT NULL REFERENCES member (id),
    kind                   text   NOT NULL,
    from_organization_id   bigint REFERENCES party_organization (id),
    to_organization_id     bigint REFERENCES party_organization (id),
    external_organization  text,
    effective_date         date   NOT NULL,
    decision_ref           text,
    reason                 text,
    created_at             timestamptz NOT NULL DEFAULT now(),
    created_by             text        NOT NULL
);
CREATE INDEX member_transfer_member_idx ON member_transfer (member_id, effective_date DESC, id DESC);

-- Imports of member lists (.xlsx, .csv): the parsed rows wait here for the user's confirmation.
CREATE TABLE member_import (
    id                     bigserial PRIMARY KEY,
    file_name              text   NOT NULL,
    detected_encoding      text,
    target_organization_id bigint REFERENCES party_organization (id),
    scope_path             text   NOT NULL,
    headers                jsonb  NOT NULL,
    mapping                jsonb,
    raw_rows               jsonb  NOT NULL,
    status                 text   NOT NULL,
    total_rows             int    NOT NULL DEFAULT 0,
    processed_rows         int    NOT NULL DEFAULT 0,
    created_count          int    NOT NULL DEFAULT 0,
    updated_count          int    NOT NULL DEFAULT 0,
    error_count            int    NOT NULL DEFAULT 0,
    failure                text,
    created_at             timestamptz NOT NULL DEFAULT now(),
    created_by             text        NOT NULL,
    finished_at            timestamptz
);
CREATE INDEX member_import_created_idx ON member_import (created_by, created_at DESC);
