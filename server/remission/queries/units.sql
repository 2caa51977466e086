-- One page of units in one round ($year, $event, on $event_date; remission_units carries
-- the registry's name, type and Kanwil, joined at refresh time), each with its sentenced
-- prisoners at the month-end snapshot of the round's month.
-- $kanwil, $types, $q (a LIKE-escaped search text): NULL for all. The ORDER BY
-- placeholder is replaced with a whitelisted column and direction, never user text.
SELECT
  r.upt_code, r.name, r.upt_type, r.kanwil,
  r.recipients,
  r.released,
  (r.recipients + r.released)::INTEGER                       AS granted,
  r.months_granted::DOUBLE                                   AS months_granted,
  (r.months_granted * 30)::DOUBLE                            AS days_saved,
  (r.months_granted * 30 * $cost)::DOUBLE                    AS food_cost_saved_idr,
  o.prisoners,
  per_100(r.recipients + r.released, o.prisoners)::DOUBLE    AS per_100
FROM remission_units r
LEFT JOIN occupancy_figures o ON o.upt_code = r.upt_code AND o.snapshot_date = last_day($event_date::DATE)
WHERE r.event_date = $event_date::DATE AND r.year = $year AND r.event = $event
  AND ($kanwil IS NULL OR r.kanwil = $kanwil)
  AND ($types IS NULL OR list_contains(string_split($types, ','), r.upt_type))
  AND ($q IS NULL OR r.name ILIKE '%' || $q || '%' ESCAPE '\' OR r.upt_code ILIKE '%' || $q || '%' ESCAPE '\')
ORDER BY {{order_by}}, r.upt_code
LIMIT $limit OFFSET $offset
