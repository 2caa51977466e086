-- Admin settings (application database): JSON values by key. Idempotent.
CREATE TABLE IF NOT EXISTS settings (
  key   VARCHAR PRIMARY KEY,
  value JSON NOT NULL
);
