-- One page of units at a snapshot date with their figures and the filtered total.
-- The ORDER BY placeholder is replaced with a whitelisted column and direction, never user text.
WITH rows AS (
  SELECT
    u.upt_code, u.name, u.upt_type, u.class, u.kanwil, u.city,
    o.capacity,
    (o.detainee_adult_male + o.detainee_adult_female + o.detainee_child_male + o.detainee_child_female +
     o.prisoner_adult_male + o.prisoner_adult_female + o.prisoner_child_male + o.prisoner_child_female)::INTEGER AS residents,
    (o.detainee_adult_male + o.detainee_adult_female + o.detainee_child_male + o.detainee_child_female)::INTEGER AS detainees,
    (o.prisoner_adult_male + o.prisoner_adult_female + o.prisoner_child_male + o.prisoner_child_female)::INTEGER AS prisoners,
    (o.detainee_child_male + o.detainee_child_female + o.prisoner_child_male + o.prisoner_child_female)::INTEGER AS children,
    (o.detainee_adult_female + o.detainee_child_female + o.prisoner_adult_female + o.prisoner_child_female)::INTEGER AS women,
    o.narcotics_cases,
    occupancy_pct(residents, o.capacity)::DOUBLE    AS occupancy_pct,
    overcrowding_pct(residents, o.capacity)::DOUBLE AS overcrowding_pct,
    load_band(residents, o.capacity)                AS band
  FROM occupancy o
  JOIN upt u USING (upt_code)
  WHERE o.snapshot_date = $date::DATE
    AND ($kanwil IS NULL OR u.kanwil = $kanwil)
    AND ($types IS NULL OR list_contains(string_split($types, ','), u.upt_type))
    AND ($q IS NULL OR u.name ILIKE '%' || $q || '%' ESCAPE '\' OR u.upt_code ILIKE '%' || $q || '%' ESCAPE '\')
)
SELECT *, count(*) OVER ()::INTEGER AS total
FROM rows
ORDER BY {{order_by}}, upt_code
LIMIT $limit OFFSET $offset
