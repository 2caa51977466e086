-- Derived tables rebuilt whenever `upt` or `occupancy` change: one row per snapshot
-- date × Kanwil × unit type, so national and Kanwil figures never rescan every unit.
CREATE OR REPLACE TABLE occupancy_rollup AS
SELECT
  o.snapshot_date,
  u.kanwil,
  u.upt_type,
  count(*)::INTEGER                                                AS units,
  count(*) FILTER (WHERE o.capacity > 0)::INTEGER                  AS units_with_capacity,
  count(*) FILTER (WHERE o.capacity > 0 AND o.residents > o.capacity)::INTEGER AS units_over_capacity,
  sum(o.capacity)::BIGINT                                          AS capacity,
  sum(o.detainees)::BIGINT                                         AS detainees,
  sum(o.prisoners)::BIGINT                                         AS prisoners,
  sum(o.children)::BIGINT                                          AS children,
  sum(o.women)::BIGINT                                             AS women,
  sum(o.narcotics_cases)::BIGINT                                   AS narcotics_cases
FROM occupancy_figures o
JOIN upt u USING (upt_code)
GROUP BY ALL
ORDER BY o.snapshot_date, u.kanwil, u.upt_type;

CREATE OR REPLACE TABLE snapshot_dates AS
SELECT DISTINCT snapshot_date FROM occupancy_rollup ORDER BY snapshot_date;
