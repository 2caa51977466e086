-- One row per Kanwil in a year ($year), most revenue first; $types, $category: NULL for
-- all. inmates_avg: inmate-months over the year's months with sales ($months).
SELECT
  kanwil,
  count(*)::INTEGER                                          AS units,
  sum(revenue_idr)::DOUBLE                                   AS revenue_idr,
  sum(pnbp_idr)::DOUBLE                                      AS pnbp_idr,
  sum(inmate_months)::INTEGER                                AS inmate_months,
  (sum(inmate_months) / $months)::DOUBLE                     AS inmates_avg,
  (sum(revenue_idr) / nullif(sum(inmate_months), 0))::DOUBLE AS revenue_per_inmate,
  sum(food_kg)::DOUBLE                                       AS food_kg
FROM umkm_units($year, $category, NULL, $types, NULL)
GROUP BY kanwil
ORDER BY revenue_idr DESC, kanwil
