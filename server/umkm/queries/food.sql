-- Food-security output (PERTANIAN, PERIKANAN, PETERNAKAN) per year and commodity, with the
-- year before and the change in percent; $kanwil, $types: NULL for all. Newest year
-- first, then what is weighed in kilograms, the most produced first.
WITH f AS (
  SELECT year(month)::INTEGER AS year, category, product, unit, sum(quantity) AS quantity
  FROM umkm_rollup
  WHERE category IN ('PERTANIAN', 'PERIKANAN', 'PETERNAKAN')
    AND ($kanwil IS NULL OR kanwil = $kanwil)
    AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
  GROUP BY ALL
)
SELECT
  c.year,
  c.category,
  c.product,
  c.unit,
  c.quantity::DOUBLE                                                   AS quantity,
  p.quantity::DOUBLE                                                   AS prev_quantity,
  (100.0 * (c.quantity - p.quantity) / nullif(p.quantity, 0))::DOUBLE  AS change_pct
FROM f c
LEFT JOIN f p ON p.year = c.year - 1 AND p.product = c.product AND p.unit = c.unit AND p.category = c.category
ORDER BY c.year DESC, c.unit <> 'kg', c.unit, c.quantity DESC, c.product
