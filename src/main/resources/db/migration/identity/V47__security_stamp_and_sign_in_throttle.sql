-- The security stamp changes whenever an account's rights or credentials change (disabled, role, scope, linked
-- member, password). A session remembers the stamp it signed in with and an API token the stamp it was issued
-- under; either is refused (and the session ended) on its next request once the stamp moved on. Kept in the
-- database so that every application instance behind the load balancer sees the change at once.
ALTER TABLE account ADD COLUMN security_stamp bigint NOT NULL DEFAULT 0;
ALTER TABLE api_token ADD COLUMN security_stamp bigint NOT NULL DEFAULT 0;

-- Failed sign-ins counted per (username as typed, lower case; client address), which locks that username for
-- that address only, and per client address across usernames (username ''), which stops one address guessing
-- many accounts. A stranger elsewhere cannot lock the ward's clerk out of her own office PC.
CREATE TABLE sign_in_throttle (
    username         text        NOT NULL,
    address          text        NOT NULL,
    failures         int         NOT NULL,
    first_failure_at timestamptz NOT NULL,
    locked_until     timestamptz,
    PRIMARY KEY (username, address)
);
CREATE INDEX sign_in_throttle_first_failure_idx ON sign_in_throttle (first_failure_at);
