-- Member list imports (.xlsx, .csv), step by step: upload -> (column mapping) -> preview -> confirm -> result.
-- The parsed rows wait in member_import_row until the user confirms, so any application instance can carry on.
ALTER TABLE member_import
    ADD COLUMN sheet_name        text,
    ADD COLUMN header_row        int,
    ADD COLUMN header_row_count  int     NOT NULL DEFAULT 1,
    ADD COLUMN converted_columns jsonb,
    ADD COLUMN only_valid        boolean NOT NULL DEFAULT false,
    ADD COLUMN create_count      int     NOT NULL DEFAULT 0,
    ADD COLUMN update_count      int     NOT NULL DEFAULT 0,
    ADD COLUMN unchanged_count   int     NOT NULL DEFAULT 0,
    ADD COLUMN planned_rows      int     NOT NULL DEFAULT 0,
    ADD COLUMN notice            text,
    ADD COLUMN heartbeat_at      timestamptz,
    ADD COLUMN updated_at        timestamptz NOT NULL DEFAULT now();

-- One row of the file (blank rows left out), with the outcome of the last check:
-- CREATE, UPDATE, UNCHANGED or ERROR (with every problem of the row).
CREATE TABLE member_import_row (
    import_id  bigint NOT NULL REFERENCES member_import (id) ON DELETE CASCADE,
    row_number int    NOT NULL,
    cells      jsonb  NOT NULL,
    action     text,
    member_id  bigint,
    full_name  text,
    problems   jsonb,
    PRIMARY KEY (import_id, row_number)
);
CREATE INDEX member_import_row_action_idx ON member_import_row (import_id, action, row_number);
