-- One row per month with sales between $from and $to (NULL: open), oldest first, for the
-- whole country or a Kanwil, unit types and a category ($kanwil, $types, $category).
SELECT
  month,
  sum(revenue_idr)::DOUBLE                                           AS revenue_idr,
  sum(pnbp_idr)::DOUBLE                                              AS pnbp_idr,
  sum(inmate_months)::INTEGER                                        AS inmate_months,
  sum(inmate_months)::DOUBLE                                         AS inmates_avg,
  (sum(revenue_idr) / nullif(sum(inmate_months), 0))::DOUBLE         AS revenue_per_inmate,
  coalesce(sum(quantity) FILTER (WHERE is_food_kg(category, unit)), 0)::DOUBLE AS food_kg
FROM umkm_rollup
WHERE month BETWEEN coalesce($from::DATE, DATE '0001-01-01') AND coalesce($to::DATE, DATE '9999-12-31')
  AND ($kanwil IS NULL OR kanwil = $kanwil)
  AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
  AND ($category IS NULL OR category = $category)
GROUP BY month
ORDER BY month
