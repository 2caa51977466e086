-- One unit's months ($upt_code), oldest first: what its programmes made and earned.
SELECT
  month,
  sum(revenue_idr)::DOUBLE                                           AS revenue_idr,
  sum(pnbp_idr)::DOUBLE                                              AS pnbp_idr,
  sum(inmates_involved)::INTEGER                                     AS inmate_months,
  sum(inmates_involved)::DOUBLE                                      AS inmates_avg,
  (sum(revenue_idr) / nullif(sum(inmates_involved), 0))::DOUBLE      AS revenue_per_inmate,
  coalesce(sum(quantity) FILTER (WHERE is_food_kg(category, unit)), 0)::DOUBLE AS food_kg
FROM umkm_sales
WHERE upt_code = $upt_code
GROUP BY month
ORDER BY month
