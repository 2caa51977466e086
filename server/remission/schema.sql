-- Remission (analytics database): remisi granted by every custodial unit at every round
-- (DATA-CONTRACT.md § remission). Idempotent: run on every start, after the registry's
-- and the occupancy module's schemas (the queries join `upt` and `occupancy_rollup`).
CREATE TABLE IF NOT EXISTS remission (
  year           INTEGER NOT NULL,
  event          VARCHAR NOT NULL CHECK (event IN ('RU_17_AGUSTUS', 'RK_IDUL_FITRI', 'RK_NATAL', 'RK_NYEPI', 'RK_WAISAK', 'RK_IMLEK', 'DASAWARSA')),
  event_date     DATE NOT NULL,
  upt_code       VARCHAR NOT NULL,
  recipients     INTEGER NOT NULL CHECK (recipients >= 0),
  released       INTEGER NOT NULL CHECK (released >= 0),
  months_granted DECIMAL(9, 1) NOT NULL CHECK (months_granted >= 0)
);

-- Granted per 100 sentenced prisoners; NULL without prisoners (no snapshot that month).
CREATE OR REPLACE MACRO per_100(granted, prisoners) AS
  CASE WHEN prisoners > 0 THEN 100.0 * granted / prisoners END;
