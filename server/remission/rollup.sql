-- Derived tables rebuilt whenever `upt` or `remission` change: one row per round × Kanwil
-- × unit type, so national, yearly and Kanwil figures never rescan every unit; every unit
-- of every round with its name, Kanwil and type from the registry, in round and Kanwil
-- order, so that a round's unit table reads one round and joins nothing; and an index on
-- the unit code, so that a unit's history does not scan every round.
CREATE OR REPLACE TABLE remission_rollup AS
SELECT
  r.year,
  r.event,
  r.event_date,
  u.kanwil,
  u.upt_type,
  count(*)::INTEGER                  AS units,
  sum(r.recipients)::BIGINT          AS recipients,
  sum(r.released)::BIGINT            AS released,
  sum(r.months_granted)::DECIMAL(18, 1) AS months_granted
FROM remission r
JOIN upt u USING (upt_code)
GROUP BY ALL
ORDER BY r.event_date, r.event, u.kanwil, u.upt_type;

CREATE OR REPLACE TABLE remission_units AS
SELECT r.year, r.event, r.event_date, r.upt_code, u.name, u.upt_type, u.kanwil, r.recipients, r.released, r.months_granted
FROM remission r
JOIN upt u USING (upt_code)
ORDER BY r.event_date, r.event, u.kanwil, r.upt_code;

DROP INDEX IF EXISTS remission_upt_code;
CREATE INDEX remission_upt_code ON remission (upt_code);
