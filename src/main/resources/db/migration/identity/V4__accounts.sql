-- Accounts: a role and an organization scope (a subtree); passwords hashed with BCrypt.
CREATE TABLE account (
    id                    bigserial PRIMARY KEY,
    username              text    NOT NULL,
    password_hash         text    NOT NULL,
    display_name          text    NOT NULL,
    role                  text    NOT NULL,
    scope_organization_id bigint REFERENCES party_organization (id),
    member_id             bigint,
    enabled               boolean NOT NULL DEFAULT true,
    failed_attempts       int     NOT NULL DEFAULT 0,
    locked_until          timestamptz,
    last_login_at         timestamptz,
    password_changed_at   timestamptz NOT NULL DEFAULT now(),
    created_at            timestamptz NOT NULL DEFAULT now(),
    created_by            text        NOT NULL,
    updated_at            timestamptz NOT NULL DEFAULT now(),
    updated_by            text        NOT NULL,
    CHECK (role = 'SYSTEM_ADMIN' OR scope_organization_id IS NOT NULL)
);
CREATE UNIQUE INDEX account_username_idx ON account (lower(username));
CREATE INDEX account_scope_idx ON account (scope_organization_id);

-- API tokens for programs using /api/v1 (Authorization: Bearer ...); only a SHA-256 hash is stored.
CREATE TABLE api_token (
    id          bigserial PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash  text        NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL
);
CREATE INDEX api_token_account_idx ON api_token (account_id);
