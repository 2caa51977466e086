-- One page of units in a year ($year) with the filtered total; $kanwil, $types, $category,
-- $q (a LIKE-escaped search text): NULL for all. inmates_avg: inmate-months over the
-- year's months with sales ($months). The ORDER BY placeholder is replaced with a
-- whitelisted column and direction, never user text.
WITH y AS (
  SELECT
    upt_code, name, upt_type, kanwil,
    sum(revenue_idr)   AS revenue_idr,
    sum(pnbp_idr)      AS pnbp_idr,
    sum(inmate_months) AS inmate_months,
    sum(food_kg)       AS food_kg
  FROM umkm_unit_year
  WHERE year = $year AND ($category IS NULL OR category = $category)
    AND ($kanwil IS NULL OR kanwil = $kanwil)
    AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
    AND ($q IS NULL OR name ILIKE '%' || $q || '%' ESCAPE '\' OR upt_code ILIKE '%' || $q || '%' ESCAPE '\')
  GROUP BY upt_code, name, upt_type, kanwil
)
SELECT
  y.upt_code, y.name, y.upt_type, y.kanwil,
  y.revenue_idr::DOUBLE                                      AS revenue_idr,
  y.pnbp_idr::DOUBLE                                         AS pnbp_idr,
  y.inmate_months::INTEGER                                   AS inmate_months,
  (y.inmate_months / $months)::DOUBLE                        AS inmates_avg,
  (y.revenue_idr / nullif(y.inmate_months, 0))::DOUBLE       AS revenue_per_inmate,
  y.food_kg::DOUBLE                                          AS food_kg,
  count(*) OVER ()::INTEGER                                  AS total
FROM y
ORDER BY {{order_by}}, y.upt_code
LIMIT $limit OFFSET $offset
