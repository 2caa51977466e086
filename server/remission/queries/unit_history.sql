-- Every round of one unit ($upt_code), oldest first, with its sentenced prisoners at the
-- month-end snapshot of each round's month. $cost: the daily food cost per inmate.
SELECT
  r.year,
  r.event,
  r.event_date,
  r.recipients,
  r.released,
  (r.recipients + r.released)::INTEGER                       AS granted,
  r.months_granted::DOUBLE                                   AS months_granted,
  (r.months_granted * 30)::DOUBLE                            AS days_saved,
  (r.months_granted * 30 * $cost)::DOUBLE                    AS food_cost_saved_idr,
  o.prisoners,
  per_100(r.recipients + r.released, o.prisoners)::DOUBLE    AS per_100
FROM remission r
LEFT JOIN occupancy_figures o ON o.upt_code = r.upt_code AND o.snapshot_date = last_day(r.event_date)
WHERE r.upt_code = $upt_code
ORDER BY r.event_date, r.event
