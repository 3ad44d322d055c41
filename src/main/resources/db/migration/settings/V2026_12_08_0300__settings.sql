-- Rule settings (RULES.md "configurable"): every value ever set is kept, never updated, so that a record made under
-- an older value stays explainable (it stores the id of the value it was made under). scope_path is '/' for the
-- whole system or a province's organization path: the most specific scope in force on a date wins.
CREATE TABLE settings_rule_value (
    id             bigserial PRIMARY KEY,
    setting_key    varchar(80)   NOT NULL,
    scope_path     varchar(400)  NOT NULL DEFAULT '/',
    value          varchar(7000) NOT NULL,
    effective_from date          NOT NULL,
    reason         varchar(1000),
    created_by     varchar(100)  NOT NULL,
    created_at     timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX settings_rule_value_lookup_idx ON settings_rule_value (setting_key, scope_path, effective_from DESC, id DESC);

-- The administrator's days of the working-day calendar: an extra day off, or a weekend day worked in exchange
-- (the government's yearly arrangements). A day taken back is marked removed, not deleted, to keep the history.
CREATE TABLE settings_calendar_day (
    id          bigserial PRIMARY KEY,
    day         date          NOT NULL,
    day_off     boolean       NOT NULL,
    reason      varchar(500)  NOT NULL,
    created_by  varchar(100)  NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    removed_by  varchar(100),
    removed_at  timestamptz
);
CREATE UNIQUE INDEX settings_calendar_day_live_idx ON settings_calendar_day (day) WHERE removed_at IS NULL;
