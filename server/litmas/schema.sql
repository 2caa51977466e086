-- Litmas cases, their draft versions, generations and review steps. Application
-- database only: analytics SQL can never reach these tables. Idempotent.
CREATE SEQUENCE IF NOT EXISTS litmas_cases_id START 1;
CREATE TABLE IF NOT EXISTS litmas_cases (
  id           INTEGER PRIMARY KEY DEFAULT nextval('litmas_cases_id'),
  bapas_code   VARCHAR NOT NULL,
  pk_user_id   INTEGER NOT NULL,
  kind         VARCHAR NOT NULL,
  status       VARCHAR NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'final')),
  title        VARCHAR NOT NULL,
  request      JSON NOT NULL,
  facts        JSON NOT NULL,
  assessment   JSON NOT NULL,
  revision     INTEGER NOT NULL DEFAULT 1,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  approved_by  INTEGER,
  approved_at  TIMESTAMPTZ,
  -- The draft version the supervisor approved: the document of a final case.
  approved_version INTEGER
);

-- Databases made before approved_version existed get it here; for the others this is a
-- no-op. (runScript checkpoints right after: DuckDB 1.5.6 cannot replay an ADD COLUMN
-- on this table from the WAL, so the change must never be left only there.)
ALTER TABLE litmas_cases ADD COLUMN IF NOT EXISTS approved_version INTEGER;

CREATE SEQUENCE IF NOT EXISTS litmas_drafts_id START 1;
CREATE TABLE IF NOT EXISTS litmas_drafts (
  id            INTEGER PRIMARY KEY DEFAULT nextval('litmas_drafts_id'),
  case_id       INTEGER NOT NULL,
  version_no    INTEGER NOT NULL,
  source        VARCHAR NOT NULL CHECK (source IN ('llm', 'offline', 'edit')),
  generation_id INTEGER,
  content       JSON NOT NULL,
  created_by    INTEGER NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (case_id, version_no)
);

CREATE SEQUENCE IF NOT EXISTS litmas_generations_id START 1;
CREATE TABLE IF NOT EXISTS litmas_generations (
  id                 INTEGER PRIMARY KEY DEFAULT nextval('litmas_generations_id'),
  case_id            INTEGER NOT NULL,
  user_id            INTEGER NOT NULL,
  kind               VARCHAR NOT NULL,
  drafter            VARCHAR NOT NULL,
  backend_host       VARCHAR,
  model_requested    VARCHAR,
  model_answered     VARCHAR,
  template_id        VARCHAR NOT NULL,
  template_version   VARCHAR NOT NULL,
  template_hash      VARCHAR NOT NULL,
  redacted           BOOLEAN NOT NULL,
  prompt_sent        VARCHAR,
  prompt_tokens      INTEGER,
  completion_tokens  INTEGER,
  latency_ms         INTEGER,
  first_section_ms   INTEGER,
  flags              INTEGER,
  outcome            VARCHAR NOT NULL CHECK (outcome IN ('running', 'success', 'failure', 'aborted')),
  error              VARCHAR,
  draft_id           INTEGER,
  created_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE SEQUENCE IF NOT EXISTS litmas_reviews_id START 1;
CREATE TABLE IF NOT EXISTS litmas_reviews (
  id         INTEGER PRIMARY KEY DEFAULT nextval('litmas_reviews_id'),
  case_id    INTEGER NOT NULL,
  user_id    INTEGER NOT NULL,
  action     VARCHAR NOT NULL CHECK (action IN ('submit', 'return', 'approve')),
  comment    VARCHAR,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- What an admin may read of what was sent: the same text with every identity replaced,
-- also when the admin allowed clear text to the host (then prompt_sent holds the clear text).
ALTER TABLE litmas_generations ADD COLUMN IF NOT EXISTS prompt_redacted VARCHAR;

-- Every HTTP attempt of a generation (retries, the repair, the verification pass): its
-- status, the upstream request id, latency, tokens and the raw answer with its SHA-256.
CREATE SEQUENCE IF NOT EXISTS litmas_generation_attempts_id START 1;
CREATE TABLE IF NOT EXISTS litmas_generation_attempts (
  id                INTEGER PRIMARY KEY DEFAULT nextval('litmas_generation_attempts_id'),
  generation_id     INTEGER NOT NULL,
  n                 INTEGER NOT NULL,
  purpose           VARCHAR NOT NULL CHECK (purpose IN ('draft', 'repair', 'verify')),
  try_no            INTEGER NOT NULL,
  status            INTEGER,
  request_id        VARCHAR,
  latency_ms        INTEGER NOT NULL,
  prompt_tokens     INTEGER,
  completion_tokens INTEGER,
  raw_answer        VARCHAR,
  raw_sha256        VARCHAR,
  error             VARCHAR,
  retry_after_s     INTEGER,
  created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (generation_id, n)
);
