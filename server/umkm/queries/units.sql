-- One page of units in a year ($year), all categories or one ($category), filtered by
-- $kanwil, $types, $q (a LIKE-escaped search text): NULL for all. inmates_avg: inmate-months
-- over the year's months with sales ($months). The ORDER BY placeholder is replaced with
-- a whitelisted column and direction, never user text.
SELECT
  upt_code, name, upt_type, kanwil,
  revenue_idr::DOUBLE                                        AS revenue_idr,
  pnbp_idr::DOUBLE                                           AS pnbp_idr,
  inmate_months::INTEGER                                     AS inmate_months,
  (inmate_months / $months)::DOUBLE                          AS inmates_avg,
  (revenue_idr / nullif(inmate_months, 0))::DOUBLE           AS revenue_per_inmate,
  food_kg::DOUBLE                                            AS food_kg
FROM umkm_units($year, $category, $kanwil, $types, $q)
ORDER BY {{order_by}}, upt_code
LIMIT $limit OFFSET $offset
