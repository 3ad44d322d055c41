-- Who did or saw what, when, from where: every create, update, delete and every view of a member record.
CREATE TABLE audit_event (
    id                bigserial PRIMARY KEY,
    occurred_at       timestamptz NOT NULL DEFAULT now(),
    actor_account_id  bigint,
    actor_username    text        NOT NULL,
    client_address    text,
    action            text        NOT NULL,
    entity_type       text        NOT NULL,
    entity_id         text,
    organization_path text,
    summary           text,
    before_state      jsonb,
    after_state       jsonb
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_username, occurred_at DESC);
CREATE INDEX audit_event_path_idx ON audit_event (organization_path text_pattern_ops);
