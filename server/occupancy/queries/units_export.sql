-- The unit table at a snapshot date (same filters and order as units.sql, all rows),
-- in the columns of the unit export: what DuckDB writes as Parquet.
-- The ORDER BY placeholder is replaced with a whitelisted column and direction.
SELECT upt_code, name, upt_type, class, kanwil, city,
  capacity, residents, detainees, prisoners, children, women, occupancy_pct, overcrowding_pct, narcotics_cases, band
FROM upt_rows($date::DATE, $kanwil, $types, $q)
ORDER BY {{order_by}}, upt_code
