-- One page of units in a year ($year) with the filtered total; $kanwil, $types, $category,
-- $q (a LIKE-escaped search text): NULL for all. inmates_avg: inmate-months over the
-- year's months with sales ($months). The ORDER BY placeholder is replaced with a
-- whitelisted column and direction, never user text.
WITH y AS (
  SELECT
    upt_code,
    sum(revenue_idr)   AS revenue_idr,
    sum(pnbp_idr)      AS pnbp_idr,
    sum(inmate_months) AS inmate_months,
    sum(food_kg)       AS food_kg
  FROM umkm_unit_year
  WHERE year = $year AND ($category IS NULL OR category = $category)
  GROUP BY upt_code
)
SELECT
  u.upt_code, u.name, u.upt_type, u.kanwil,
  y.revenue_idr::DOUBLE                                      AS revenue_idr,
  y.pnbp_idr::DOUBLE                                         AS pnbp_idr,
  y.inmate_months::INTEGER                                   AS inmate_months,
  (y.inmate_months / $months)::DOUBLE                        AS inmates_avg,
  (y.revenue_idr / nullif(y.inmate_months, 0))::DOUBLE       AS revenue_per_inmate,
  y.food_kg::DOUBLE                                          AS food_kg,
  count(*) OVER ()::INTEGER                                  AS total
FROM y
JOIN upt u USING (upt_code)
WHERE ($kanwil IS NULL OR u.kanwil = $kanwil)
  AND ($types IS NULL OR list_contains(string_split($types, ','), u.upt_type))
  AND ($q IS NULL OR u.name ILIKE '%' || $q || '%' ESCAPE '\' OR u.upt_code ILIKE '%' || $q || '%' ESCAPE '\')
ORDER BY {{order_by}}, u.upt_code
LIMIT $limit OFFSET $offset
