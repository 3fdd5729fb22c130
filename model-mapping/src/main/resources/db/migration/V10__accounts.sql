-- Accounts allowed to write (and, on a closed deployment, to read): users who sign in with a
-- password (HTTP Basic, MQTT CONNECT) and API keys of instruments and loggers. Secrets are never
-- stored: a user's password as a BCrypt hash, an API key as the SHA-256 of the key, which is
-- found by that digest. A writer restricted to Things lists their ids; empty means all Things.
CREATE TABLE accounts (
    name        text PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('user', 'apikey')),
    role        text NOT NULL CHECK (role IN ('reader', 'writer', 'admin')),
    things      bigint[] NOT NULL DEFAULT '{}',
    secret_hash text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX accounts_api_key ON accounts (secret_hash) WHERE kind = 'apikey';
