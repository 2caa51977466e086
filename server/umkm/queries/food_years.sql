-- Food-security output per year: kilograms (farming, fish, eggs) with the year before and
-- the change in percent, and livestock sold by the head; $kanwil, $types: NULL for all.
WITH y AS (
  SELECT
    year(month)::INTEGER                                                  AS year,
    coalesce(sum(quantity) FILTER (WHERE unit = 'kg'), 0)                 AS kg,
    coalesce(sum(quantity) FILTER (WHERE unit = 'ekor'), 0)               AS heads
  FROM umkm_rollup
  WHERE category IN ('PERTANIAN', 'PERIKANAN', 'PETERNAKAN')
    AND ($kanwil IS NULL OR kanwil = $kanwil)
    AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
  GROUP BY ALL
)
SELECT
  year,
  kg::DOUBLE                                                                    AS kg,
  (CASE WHEN lag(year) OVER w = year - 1 THEN lag(kg) OVER w END)::DOUBLE       AS prev_kg,
  (CASE WHEN lag(year) OVER w = year - 1 AND lag(kg) OVER w > 0
        THEN 100.0 * (kg - lag(kg) OVER w) / lag(kg) OVER w END)::DOUBLE        AS kg_change_pct,
  heads::DOUBLE                                                                 AS heads
FROM y
WINDOW w AS (ORDER BY year)
ORDER BY year
