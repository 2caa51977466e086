-- The audit trail (application database): append-only, never updated or deleted.
-- Idempotent: run on every start.
CREATE SEQUENCE IF NOT EXISTS audit_log_id START 1;
CREATE TABLE IF NOT EXISTS audit_log (
  -- No primary-key index: the log is only appended to and scanned, and an index
  -- would make every audited request slower.
  id       BIGINT NOT NULL DEFAULT nextval('audit_log_id'),
  occurred_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  user_id  INTEGER,
  username VARCHAR,
  role     VARCHAR,
  action   VARCHAR NOT NULL,
  target   VARCHAR,
  outcome  VARCHAR NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
  ip       VARCHAR,
  details  JSON
);
