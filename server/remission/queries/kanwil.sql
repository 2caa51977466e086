-- One row per Kanwil in one round ($year, $event, on $event_date), most granted per 100
-- sentenced prisoners first, then one row with `kanwil` NULL for all of them together.
-- Each with its occupancy at the month-end snapshot of the round's month: overcrowding as
-- it was, as it would have been with the freed-at-once still inside, and the difference
-- (the points of overcrowding the round relieved). $types: unit types or NULL; $cost: the
-- daily food cost per inmate.
WITH r AS (
  SELECT kanwil,
    sum(units)          AS units,
    sum(recipients)     AS recipients,
    sum(released)       AS released,
    sum(months_granted) AS months_granted
  FROM remission_rollup
  WHERE event_date = $event_date::DATE AND year = $year AND event = $event
    AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
  GROUP BY GROUPING SETS ((kanwil), ())
),
o AS (
  SELECT kanwil,
    sum(prisoners)             AS prisoners,
    sum(detainees + prisoners) AS residents,
    sum(capacity)              AS capacity
  FROM occupancy_rollup
  WHERE snapshot_date = last_day($event_date::DATE)
    AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
  GROUP BY GROUPING SETS ((kanwil), ())
)
SELECT
  r.kanwil,
  r.units::INTEGER                                          AS units,
  r.recipients::INTEGER                                     AS recipients,
  r.released::INTEGER                                       AS released,
  (r.recipients + r.released)::INTEGER                      AS granted,
  r.months_granted::DOUBLE                                  AS months_granted,
  (r.months_granted * 30)::DOUBLE                           AS days_saved,
  (r.months_granted * 30 * $cost)::DOUBLE                   AS food_cost_saved_idr,
  o.prisoners::INTEGER                                      AS prisoners,
  per_100(r.recipients + r.released, o.prisoners)::DOUBLE   AS per_100,
  o.residents::INTEGER                                      AS residents,
  o.capacity::INTEGER                                       AS capacity,
  overcrowding_pct(o.residents, o.capacity)::DOUBLE         AS overcrowding_pct,
  overcrowding_pct(o.residents + r.released, o.capacity)::DOUBLE AS overcrowding_without_pct,
  (overcrowding_pct(o.residents + r.released, o.capacity) - overcrowding_pct(o.residents, o.capacity))::DOUBLE AS relief_pp
FROM r
LEFT JOIN o ON o.kanwil IS NOT DISTINCT FROM r.kanwil
ORDER BY r.kanwil IS NULL, per_100 DESC NULLS LAST, granted DESC, r.kanwil
