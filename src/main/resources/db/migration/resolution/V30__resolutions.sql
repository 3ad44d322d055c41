-- Resolutions of a Party organization (congress, annual, thematic) with their general goal, area directions,
-- key programs and breakthroughs. org_path copies the issuing organization's path for scope checks.
CREATE TABLE resolution (
    id               bigserial PRIMARY KEY,
    organization_id  bigint  NOT NULL REFERENCES party_organization (id),
    org_path         text    NOT NULL,
    kind             text    NOT NULL,
    number           text,
    title            text    NOT NULL,
    issued_on        date    NOT NULL,
    start_year       int     NOT NULL,
    end_year         int     NOT NULL,
    general_goal     text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       text        NOT NULL,
    version          int         NOT NULL DEFAULT 0,
    CHECK (end_year >= start_year)
);
CREATE INDEX resolution_org_path_idx ON resolution (org_path text_pattern_ops);
CREATE INDEX resolution_org_idx ON resolution (organization_id, issued_on DESC);

CREATE TABLE resolution_item (
    id            bigserial PRIMARY KEY,
    resolution_id bigint NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
    kind          text   NOT NULL,
    area          text,
    position      int    NOT NULL,
    text          text   NOT NULL
);
CREATE INDEX resolution_item_idx ON resolution_item (resolution_id, kind, position);

-- Shared indicators of a province (phát triển đảng viên mới...): ward targets that carry the same code are
-- rolled up side by side on the province dashboard.
CREATE TABLE indicator (
    code        text PRIMARY KEY,
    name        text NOT NULL,
    unit        text,
    description text
);

-- Targets (chỉ tiêu) of a resolution: kind, unit, area, plans per year, the term value, owners and roll-up.
CREATE TABLE target (
    id               bigserial PRIMARY KEY,
    resolution_id    bigint  NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
    position         int     NOT NULL,
    code             text    NOT NULL,
    name             text    NOT NULL,
    unit             text,
    area             text    NOT NULL,
    kind             text    NOT NULL,
    accumulation     text    NOT NULL,
    term_value       numeric(20, 4),
    display_decimals int     NOT NULL DEFAULT 2,
    rollup           text    NOT NULL DEFAULT 'DIRECT',
    indicator_code   text REFERENCES indicator (code),
    notes            text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       text        NOT NULL,
    version          int         NOT NULL DEFAULT 0,
    UNIQUE (resolution_id, code)
);
CREATE INDEX target_resolution_idx ON target (resolution_id, position);
CREATE INDEX target_indicator_idx ON target (indicator_code) WHERE indicator_code IS NOT NULL;

CREATE TABLE target_plan (
    target_id  bigint NOT NULL REFERENCES target (id) ON DELETE CASCADE,
    year       int    NOT NULL,
    plan_value numeric(20, 4) NOT NULL,
    total      numeric(20, 4),
    PRIMARY KEY (target_id, year)
);

-- Organizations responsible for a target; with a roll-up other than DIRECT each enters its own value.
CREATE TABLE target_owner (
    target_id       bigint NOT NULL REFERENCES target (id) ON DELETE CASCADE,
    organization_id bigint NOT NULL REFERENCES party_organization (id),
    org_path        text   NOT NULL,
    PRIMARY KEY (target_id, organization_id)
);
CREATE INDEX target_owner_path_idx ON target_owner (org_path text_pattern_ops);

-- Reporting periods (quý, 6 tháng, 9 tháng, năm, giữa nhiệm kỳ, nhiệm kỳ) of an organization.
CREATE TABLE reporting_period (
    id              bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES party_organization (id),
    org_path        text   NOT NULL,
    year            int    NOT NULL,
    kind            text   NOT NULL,
    starts_on       date   NOT NULL,
    ends_on         date   NOT NULL,
    status          text   NOT NULL,
    opened_at       timestamptz NOT NULL DEFAULT now(),
    opened_by       text        NOT NULL,
    closed_at       timestamptz,
    closed_by       text,
    UNIQUE (organization_id, year, kind),
    CHECK (ends_on >= starts_on)
);
CREATE INDEX reporting_period_path_idx ON reporting_period (org_path text_pattern_ops);
CREATE INDEX reporting_period_kind_idx ON reporting_period (year, kind);

-- The value of a target in a period, by the organization that entered it, with its review state.
CREATE TABLE target_result (
    id              bigserial PRIMARY KEY,
    target_id       bigint NOT NULL REFERENCES target (id) ON DELETE CASCADE,
    period_id       bigint NOT NULL REFERENCES reporting_period (id),
    organization_id bigint NOT NULL REFERENCES party_organization (id),
    value           numeric(20, 4) NOT NULL,
    total           numeric(20, 4),
    note            text,
    status          text   NOT NULL,
    entered_by      text   NOT NULL,
    entered_at      timestamptz NOT NULL DEFAULT now(),
    reviewed_by     text,
    reviewed_at     timestamptz,
    review_note     text,
    version         int    NOT NULL DEFAULT 0,
    UNIQUE (target_id, period_id, organization_id)
);
CREATE INDEX target_result_period_idx ON target_result (period_id, target_id);

-- Every change of a result: who, when, what.
CREATE TABLE target_result_history (
    id          bigserial PRIMARY KEY,
    result_id   bigint NOT NULL REFERENCES target_result (id) ON DELETE CASCADE,
    action      text   NOT NULL,
    value       numeric(20, 4),
    total       numeric(20, 4),
    note        text,
    status      text   NOT NULL,
    actor       text   NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX target_result_history_idx ON target_result_history (result_id, at DESC);

-- Action programs (chương trình hành động), plans (kế hoạch) and conference conclusions with numbered tasks.
CREATE TABLE action_program (
    id              bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES party_organization (id),
    org_path        text   NOT NULL,
    resolution_id   bigint REFERENCES resolution (id),
    kind            text   NOT NULL,
    number          text,
    title           text   NOT NULL,
    issued_on       date   NOT NULL,
    summary         text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text        NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text        NOT NULL,
    version         int         NOT NULL DEFAULT 0
);
CREATE INDEX action_program_path_idx ON action_program (org_path text_pattern_ops);

CREATE TABLE task (
    id                   bigserial PRIMARY KEY,
    program_id           bigint NOT NULL REFERENCES action_program (id) ON DELETE CASCADE,
    parent_id            bigint REFERENCES task (id) ON DELETE CASCADE,
    ordinal              text   NOT NULL,
    title                text   NOT NULL,
    description          text,
    lead_organization_id bigint NOT NULL REFERENCES party_organization (id),
    lead_path            text   NOT NULL,
    deadline             date,
    status               text   NOT NULL,
    completed_on         date,
    created_at           timestamptz NOT NULL DEFAULT now(),
    created_by           text        NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    updated_by           text        NOT NULL,
    version              int         NOT NULL DEFAULT 0
);
CREATE INDEX task_program_idx ON task (program_id, parent_id);
CREATE INDEX task_lead_path_idx ON task (lead_path text_pattern_ops);
CREATE INDEX task_open_deadline_idx ON task (deadline) WHERE status <> 'DONE';

CREATE TABLE task_cooperator (
    task_id         bigint NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    organization_id bigint NOT NULL REFERENCES party_organization (id),
    org_path        text   NOT NULL,
    PRIMARY KEY (task_id, organization_id)
);
CREATE INDEX task_cooperator_path_idx ON task_cooperator (org_path text_pattern_ops);

CREATE TABLE task_update (
    id           bigserial PRIMARY KEY,
    task_id      bigint NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    status_after text   NOT NULL,
    progress     int,
    note         text   NOT NULL,
    actor        text   NOT NULL,
    at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_update_idx ON task_update (task_id, at DESC);

-- Evidence and progress files: kept in the database so every application instance serves them.
CREATE TABLE resolution_attachment (
    id           bigserial PRIMARY KEY,
    owner_type   text   NOT NULL,
    owner_id     bigint NOT NULL,
    file_name    text   NOT NULL,
    content_type text   NOT NULL,
    size_bytes   bigint NOT NULL,
    sha256       text   NOT NULL,
    content      bytea  NOT NULL,
    uploaded_by  text   NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX resolution_attachment_owner_idx ON resolution_attachment (owner_type, owner_id);
