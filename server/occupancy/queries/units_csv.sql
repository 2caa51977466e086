-- The unit table at a snapshot date as CSV lines (same filters and order as
-- units.sql, all rows), one VARCHAR per unit, formatted by DuckDB (server/export/csv.sql).
-- The ORDER BY placeholder is replaced with a whitelisted column and direction.
SELECT concat_ws(',',
  csv_text(upt_code), csv_text(name), csv_text(upt_type), csv_text(class), csv_text(kanwil), csv_text(city),
  csv_num(capacity), csv_num(residents), csv_num(detainees), csv_num(prisoners), csv_num(children), csv_num(women),
  csv_num(occupancy_pct), csv_num(overcrowding_pct), csv_num(narcotics_cases), csv_text(band)) AS line
FROM upt_rows($date::DATE, $kanwil, $types, $q)
ORDER BY {{order_by}}, upt_code
