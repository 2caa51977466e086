-- Derived tables rebuilt whenever `upt` or `umkm_sales` change, so that no page rescans
-- every sale: one row per month × Kanwil × unit type × product (the series, categories,
-- products and food; its size does not grow with the number of units), and one per
-- year × unit × category with the unit's name, type and Kanwil, and one per year × unit
-- for all categories together (the Kanwil and unit tables, which then neither join nor
-- group units); and an index on the unit code for a unit's months.
CREATE OR REPLACE TABLE umkm_rollup AS
SELECT
  s.month,
  u.kanwil,
  u.upt_type,
  s.category,
  s.product,
  s.unit,
  count(DISTINCT s.upt_code)::INTEGER AS units,
  sum(s.quantity)::DECIMAL(18, 1)     AS quantity,
  sum(s.revenue_idr)::BIGINT          AS revenue_idr,
  sum(s.pnbp_idr)::BIGINT             AS pnbp_idr,
  sum(s.inmates_involved)::BIGINT     AS inmate_months
FROM umkm_sales s
JOIN upt u USING (upt_code)
GROUP BY ALL
ORDER BY s.month, u.kanwil, u.upt_type, s.category, s.product;

CREATE OR REPLACE TABLE umkm_unit_year AS
SELECT
  year(s.month)::INTEGER                                            AS year,
  s.upt_code,
  u.name,
  u.upt_type,
  u.kanwil,
  s.category,
  count(DISTINCT s.month)::INTEGER                                  AS months,
  sum(s.revenue_idr)::BIGINT                                        AS revenue_idr,
  sum(s.pnbp_idr)::BIGINT                                           AS pnbp_idr,
  sum(s.inmates_involved)::BIGINT                                   AS inmate_months,
  coalesce(sum(s.quantity) FILTER (WHERE is_food_kg(s.category, s.unit)), 0)::DECIMAL(18, 1) AS food_kg
FROM umkm_sales s
JOIN upt u USING (upt_code)
GROUP BY ALL
ORDER BY year, u.kanwil, s.upt_code, s.category;

CREATE OR REPLACE TABLE umkm_unit_total AS
SELECT
  year, upt_code, name, upt_type, kanwil,
  sum(revenue_idr)::BIGINT             AS revenue_idr,
  sum(pnbp_idr)::BIGINT                AS pnbp_idr,
  sum(inmate_months)::BIGINT           AS inmate_months,
  sum(food_kg)::DECIMAL(18, 1)         AS food_kg
FROM umkm_unit_year
GROUP BY ALL
ORDER BY year, kanwil, upt_code;

-- The units of a year, one row each, with their figures: all categories together, or one
-- category (umkm_unit_year holds one row per unit and category), filtered by Kanwil, unit
-- types (comma-separated) and a LIKE-escaped search text (NULL: no filter). Created with the
-- rollups it reads.
CREATE OR REPLACE MACRO umkm_units(y, cat, k, types, q) AS TABLE
  SELECT * FROM (
    SELECT upt_code, name, upt_type, kanwil, revenue_idr, pnbp_idr, inmate_months, food_kg
    FROM umkm_unit_total
    WHERE cat IS NULL AND year = y
    UNION ALL
    SELECT upt_code, name, upt_type, kanwil, revenue_idr, pnbp_idr, inmate_months, food_kg
    FROM umkm_unit_year
    WHERE cat IS NOT NULL AND year = y AND category = cat
  )
  WHERE (k IS NULL OR kanwil = k)
    AND (types IS NULL OR list_contains(string_split(types, ','), upt_type))
    AND (q IS NULL OR name ILIKE '%' || q || '%' ESCAPE '\' OR upt_code ILIKE '%' || q || '%' ESCAPE '\');

DROP INDEX IF EXISTS umkm_sales_upt_code;
CREATE INDEX umkm_sales_upt_code ON umkm_sales (upt_code);
