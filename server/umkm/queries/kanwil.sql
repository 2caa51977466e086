-- One row per Kanwil in a year ($year), most revenue first; $types, $category: NULL for
-- all. inmates_avg: inmate-months over the year's months with sales ($months).
SELECT
  y.kanwil,
  count(DISTINCT y.upt_code)::INTEGER                        AS units,
  sum(y.revenue_idr)::DOUBLE                                 AS revenue_idr,
  sum(y.pnbp_idr)::DOUBLE                                    AS pnbp_idr,
  sum(y.inmate_months)::INTEGER                              AS inmate_months,
  (sum(y.inmate_months) / $months)::DOUBLE                   AS inmates_avg,
  (sum(y.revenue_idr) / nullif(sum(y.inmate_months), 0))::DOUBLE AS revenue_per_inmate,
  sum(y.food_kg)::DOUBLE                                     AS food_kg
FROM umkm_unit_year y
WHERE y.year = $year
  AND ($types IS NULL OR list_contains(string_split($types, ','), y.upt_type))
  AND ($category IS NULL OR y.category = $category)
GROUP BY y.kanwil
ORDER BY revenue_idr DESC, y.kanwil
