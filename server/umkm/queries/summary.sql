-- The figures of two periods, one row each (`period` 'cur': $from..$to, 'prev':
-- $pfrom..$pto, months as first days; a period without sales has no row), for the whole
-- country or a Kanwil, unit types and a category ($kanwil, $types, $category: NULL for all).
-- inmates_avg: inmate-months over the months of the period with sales.
SELECT
  CASE WHEN month BETWEEN $from::DATE AND $to::DATE THEN 'cur' ELSE 'prev' END AS period,
  count(DISTINCT month)::INTEGER                                     AS months,
  sum(revenue_idr)::DOUBLE                                           AS revenue_idr,
  sum(pnbp_idr)::DOUBLE                                              AS pnbp_idr,
  sum(inmate_months)::INTEGER                                        AS inmate_months,
  (sum(inmate_months) / count(DISTINCT month))::DOUBLE              AS inmates_avg,
  (sum(revenue_idr) / nullif(sum(inmate_months), 0))::DOUBLE         AS revenue_per_inmate,
  coalesce(sum(quantity) FILTER (WHERE is_food_kg(category, unit)), 0)::DOUBLE AS food_kg
FROM umkm_rollup
WHERE (month BETWEEN $from::DATE AND $to::DATE OR month BETWEEN $pfrom::DATE AND $pto::DATE)
  AND ($kanwil IS NULL OR kanwil = $kanwil)
  AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
  AND ($category IS NULL OR category = $category)
GROUP BY period
