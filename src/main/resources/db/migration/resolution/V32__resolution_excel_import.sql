-- Excel imports of a resolution's targets and of a period's results, step by step: upload -> preview (every row
-- checked, nothing written) -> confirm (every row written in one transaction). The rows of the file wait in
-- resolution_import_row until the user confirms, so any application instance can carry on; never in the session.
CREATE TABLE resolution_import (
    id                bigserial PRIMARY KEY,
    kind              text    NOT NULL,
    resolution_id     bigint  REFERENCES resolution (id) ON DELETE CASCADE,
    period_id         bigint  REFERENCES reporting_period (id) ON DELETE CASCADE,
    org_path          text    NOT NULL,
    file_name         text    NOT NULL,
    sheet_name        text,
    header_row        int     NOT NULL,
    headers           jsonb   NOT NULL,
    mapping           jsonb   NOT NULL,
    converted_columns jsonb   NOT NULL DEFAULT '[]',
    status            text    NOT NULL,
    create_count      int     NOT NULL DEFAULT 0,
    update_count      int     NOT NULL DEFAULT 0,
    unchanged_count   int     NOT NULL DEFAULT 0,
    blank_count       int     NOT NULL DEFAULT 0,
    error_count       int     NOT NULL DEFAULT 0,
    created_count     int     NOT NULL DEFAULT 0,
    updated_count     int     NOT NULL DEFAULT 0,
    only_valid        boolean NOT NULL DEFAULT false,
    notice            text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    created_by        text        NOT NULL,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    finished_at       timestamptz,
    CHECK (kind IN ('TARGETS', 'RESULTS')),
    CHECK ((kind = 'TARGETS') = (resolution_id IS NOT NULL)),
    CHECK ((kind = 'RESULTS') = (period_id IS NOT NULL))
);
CREATE INDEX resolution_import_owner_idx ON resolution_import (created_by, created_at DESC);
CREATE INDEX resolution_import_status_idx ON resolution_import (status, updated_at);

-- One row of the file (blank rows left out) with the outcome of the last check: CREATE, UPDATE, UNCHANGED, BLANK
-- (nothing to enter) or ERROR with every problem of the row; for an update, what it changes.
CREATE TABLE resolution_import_row (
    import_id  bigint NOT NULL REFERENCES resolution_import (id) ON DELETE CASCADE,
    row_number int    NOT NULL,
    cells      jsonb  NOT NULL,
    action     text,
    label      text,
    problems   jsonb,
    changes    jsonb,
    PRIMARY KEY (import_id, row_number)
);
CREATE INDEX resolution_import_row_action_idx ON resolution_import_row (import_id, action, row_number);
