-- National (or filtered) figures at a snapshot date and at the one a year before
-- ($prev, may be NULL), one row per date present, from the rollup in one pass.
-- $kanwil: one Kanwil or NULL; $types: comma-separated unit types or NULL.
SELECT
  snapshot_date                                 AS date,
  coalesce(sum(units), 0)::INTEGER              AS units,
  coalesce(sum(units_with_capacity), 0)::INTEGER AS units_with_capacity,
  coalesce(sum(units_over_capacity), 0)::INTEGER AS units_over_capacity,
  coalesce(sum(capacity), 0)::INTEGER           AS capacity,
  coalesce(sum(detainees + prisoners), 0)::INTEGER AS residents,
  coalesce(sum(detainees), 0)::INTEGER          AS detainees,
  coalesce(sum(prisoners), 0)::INTEGER          AS prisoners,
  coalesce(sum(children), 0)::INTEGER           AS children,
  coalesce(sum(women), 0)::INTEGER              AS women,
  sum(narcotics_cases)::INTEGER                 AS narcotics_cases,
  occupancy_pct(sum(detainees + prisoners), sum(capacity))::DOUBLE    AS occupancy_pct,
  overcrowding_pct(sum(detainees + prisoners), sum(capacity))::DOUBLE AS overcrowding_pct
FROM occupancy_rollup
WHERE (snapshot_date = $date::DATE OR snapshot_date = $prev::DATE)
  AND ($kanwil IS NULL OR kanwil = $kanwil)
  AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
GROUP BY snapshot_date
