-- CSV cells built in SQL (analytics database), for exports of thousands of rows that
-- DuckDB formats instead of JS. Same rules as csvStream in server/export/csv.ts: text
-- that a spreadsheet would run as a formula gets a leading apostrophe; text with a
-- separator, quote or line break is quoted; NULL is an empty cell. Idempotent.
CREATE OR REPLACE MACRO csv_text(v) AS
  CASE WHEN v IS NULL THEN ''
       ELSE (SELECT CASE WHEN regexp_matches(s, '[",;\r\n]') THEN '"' || replace(s, '"', '""') || '"' ELSE s END
             FROM (SELECT CASE WHEN regexp_matches(v, '^[=+\-@\t\r]') THEN '''' || v ELSE v END AS s)) END;
-- Numbers as JavaScript writes them (80, not 80.0).
CREATE OR REPLACE MACRO csv_num(v) AS
  CASE WHEN v IS NULL THEN '' ELSE regexp_replace(CAST(v AS VARCHAR), '\.0$', '') END;
