-- One row per round (year × event), oldest first, for the whole country or a Kanwil and/or
-- unit types ($kanwil, $types: NULL for all), optionally one event ($event) and a range of
-- years ($from_year, $to_year). Prisoners: the sentenced prisoners of the same units at the
-- month-end snapshot of the round's month (occupancy's rollup), NULL when there is none.
-- $cost: the daily food cost per inmate, in rupiah.
WITH r AS (
  SELECT year, event, event_date,
    sum(units)          AS units,
    sum(recipients)     AS recipients,
    sum(released)       AS released,
    sum(months_granted) AS months_granted
  FROM remission_rollup
  WHERE ($event IS NULL OR event = $event)
    AND year BETWEEN coalesce($from_year, 0) AND coalesce($to_year, 9999)
    AND ($kanwil IS NULL OR kanwil = $kanwil)
    AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
  GROUP BY year, event, event_date
),
p AS (
  SELECT snapshot_date, sum(prisoners) AS prisoners
  FROM occupancy_rollup
  WHERE snapshot_date IN (SELECT DISTINCT last_day(event_date) FROM r)
    AND ($kanwil IS NULL OR kanwil = $kanwil)
    AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
  GROUP BY snapshot_date
)
SELECT
  r.year,
  r.event,
  r.event_date,
  r.units::INTEGER                                         AS units,
  p.snapshot_date,
  r.recipients::INTEGER                                    AS recipients,
  r.released::INTEGER                                      AS released,
  (r.recipients + r.released)::INTEGER                     AS granted,
  r.months_granted::DOUBLE                                 AS months_granted,
  (r.months_granted * 30)::DOUBLE                          AS days_saved,
  (r.months_granted * 30 * $cost)::DOUBLE                  AS food_cost_saved_idr,
  p.prisoners::INTEGER                                     AS prisoners,
  per_100(r.recipients + r.released, p.prisoners)::DOUBLE  AS per_100
FROM r
LEFT JOIN p ON p.snapshot_date = last_day(r.event_date)
ORDER BY r.event_date, r.event
