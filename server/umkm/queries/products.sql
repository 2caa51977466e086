-- The products of a period ($from..$to), most revenue first, at most $limit; $kanwil,
-- $types, $category: NULL for all. `units`: the most units that sold it in one month.
SELECT
  category,
  product,
  unit,
  sum(quantity)::DOUBLE        AS quantity,
  sum(revenue_idr)::DOUBLE     AS revenue_idr,
  sum(pnbp_idr)::DOUBLE        AS pnbp_idr,
  sum(inmate_months)::INTEGER  AS inmate_months
FROM umkm_rollup
WHERE month BETWEEN $from::DATE AND $to::DATE
  AND ($kanwil IS NULL OR kanwil = $kanwil)
  AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
  AND ($category IS NULL OR category = $category)
GROUP BY category, product, unit
ORDER BY revenue_idr DESC, product
LIMIT $limit
