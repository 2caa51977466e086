-- One row per category over a period ($from..$to, first days of months), most PNBP first,
-- with its share of the period's PNBP; $kanwil, $types: NULL for all.
WITH c AS (
  SELECT
    category,
    sum(revenue_idr)     AS revenue_idr,
    sum(pnbp_idr)        AS pnbp_idr,
    sum(inmate_months)   AS inmate_months,
    count(DISTINCT month) AS months,
    coalesce(sum(quantity) FILTER (WHERE is_food_kg(category, unit)), 0) AS food_kg
  FROM umkm_rollup
  WHERE month BETWEEN $from::DATE AND $to::DATE
    AND ($kanwil IS NULL OR kanwil = $kanwil)
    AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
  GROUP BY category
)
SELECT
  category,
  revenue_idr::DOUBLE                                        AS revenue_idr,
  pnbp_idr::DOUBLE                                           AS pnbp_idr,
  inmate_months::INTEGER                                     AS inmate_months,
  (inmate_months / months)::DOUBLE                           AS inmates_avg,
  (revenue_idr / nullif(inmate_months, 0))::DOUBLE           AS revenue_per_inmate,
  food_kg::DOUBLE                                            AS food_kg,
  (100.0 * pnbp_idr / nullif(sum(pnbp_idr) OVER (), 0))::DOUBLE AS pnbp_share_pct
FROM c
ORDER BY pnbp_idr DESC, category
