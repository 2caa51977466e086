-- Derived table rebuilt whenever `upt` or `remission` change: one row per round × Kanwil
-- × unit type, so national, yearly and Kanwil figures never rescan every unit.
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
