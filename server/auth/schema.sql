-- Users, sessions and API tokens (application database: its own DuckDB file, which
-- analytics SQL can never attach). Idempotent: run on every start.
CREATE SEQUENCE IF NOT EXISTS users_id START 1;
CREATE TABLE IF NOT EXISTS users (
  id                  INTEGER PRIMARY KEY DEFAULT nextval('users_id'),
  username            VARCHAR NOT NULL UNIQUE,
  display_name        VARCHAR NOT NULL,
  role                VARCHAR NOT NULL CHECK (role IN ('admin', 'planner', 'analyst', 'researcher', 'supervisor')),
  bapas_code          VARCHAR,
  kanwil              VARCHAR,
  password_hash       VARCHAR NOT NULL,
  active              BOOLEAN NOT NULL DEFAULT true,
  created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  password_changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS sessions (
  id_hash      VARCHAR PRIMARY KEY,
  user_id      INTEGER NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL,
  last_seen_at TIMESTAMPTZ NOT NULL,
  ip           VARCHAR,
  user_agent   VARCHAR
);

CREATE SEQUENCE IF NOT EXISTS api_tokens_id START 1;
CREATE TABLE IF NOT EXISTS api_tokens (
  id           INTEGER PRIMARY KEY DEFAULT nextval('api_tokens_id'),
  user_id      INTEGER NOT NULL,
  name         VARCHAR NOT NULL,
  token_hash   VARCHAR NOT NULL UNIQUE,
  prefix       VARCHAR NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_used_at TIMESTAMPTZ,
  revoked_at   TIMESTAMPTZ
);
