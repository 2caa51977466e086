-- How many units of one round ($year, $event, on $event_date) pass the filters of
-- units.sql ($kanwil, $types, $q: NULL for all): the unit table's total, counted apart so
-- that the page itself is a top-N that reads only the rows it shows.
SELECT count(*)::INTEGER AS total
FROM remission_units r
WHERE r.event_date = $event_date::DATE AND r.year = $year AND r.event = $event
  AND ($kanwil IS NULL OR r.kanwil = $kanwil)
  AND ($types IS NULL OR list_contains(string_split($types, ','), r.upt_type))
  AND ($q IS NULL OR r.name ILIKE '%' || $q || '%' ESCAPE '\' OR r.upt_code ILIKE '%' || $q || '%' ESCAPE '\')
