-- The curated analytics tables (see DATA-CONTRACT.md) and what the server derives
-- from them. Idempotent: run on every start.
CREATE TABLE IF NOT EXISTS upt (
  upt_code      VARCHAR PRIMARY KEY,
  name          VARCHAR NOT NULL,
  upt_type      VARCHAR NOT NULL CHECK (upt_type IN ('LAPAS', 'LAPAS_NARKOTIKA', 'LAPAS_PEREMPUAN', 'LAPAS_TERBUKA', 'LPKA', 'RUTAN', 'CABRUTAN', 'BAPAS', 'RUPBASAN')),
  class         VARCHAR CHECK (class IS NULL OR class IN ('I', 'IIA', 'IIB', 'III')),
  kanwil        VARCHAR NOT NULL,
  province_code VARCHAR,
  city          VARCHAR,
  latitude      DOUBLE,
  longitude     DOUBLE,
  capacity      INTEGER NOT NULL CHECK (capacity >= 0)
);

CREATE TABLE IF NOT EXISTS occupancy (
  snapshot_date         DATE NOT NULL,
  upt_code              VARCHAR NOT NULL,
  capacity              INTEGER NOT NULL CHECK (capacity >= 0),
  detainee_adult_male   INTEGER NOT NULL CHECK (detainee_adult_male >= 0),
  detainee_adult_female INTEGER NOT NULL CHECK (detainee_adult_female >= 0),
  detainee_child_male   INTEGER NOT NULL CHECK (detainee_child_male >= 0),
  detainee_child_female INTEGER NOT NULL CHECK (detainee_child_female >= 0),
  prisoner_adult_male   INTEGER NOT NULL CHECK (prisoner_adult_male >= 0),
  prisoner_adult_female INTEGER NOT NULL CHECK (prisoner_adult_female >= 0),
  prisoner_child_male   INTEGER NOT NULL CHECK (prisoner_child_male >= 0),
  prisoner_child_female INTEGER NOT NULL CHECK (prisoner_child_female >= 0),
  narcotics_cases       INTEGER CHECK (narcotics_cases >= 0)
);

-- The 38 provinces and the Kanwil that serves each (for the map and the Kanwil list).
CREATE TABLE IF NOT EXISTS province_kanwil (
  province_code VARCHAR PRIMARY KEY,
  province      VARCHAR NOT NULL,
  kanwil        VARCHAR NOT NULL
);

-- How Ditjenpas reports load (DATA-CONTRACT.md): capacity 0 gives NULL, never an error.
CREATE OR REPLACE MACRO occupancy_pct(residents, cap) AS
  CASE WHEN cap > 0 THEN 100.0 * residents / cap END;
CREATE OR REPLACE MACRO overcrowding_pct(residents, cap) AS
  CASE WHEN cap > 0 THEN greatest(0.0, 100.0 * (residents - cap) / cap) END;
-- Colour band of the unit table: over capacity, near it (90–100%), room left.
CREATE OR REPLACE MACRO load_band(residents, cap) AS
  CASE WHEN cap <= 0 THEN NULL
       WHEN residents > cap THEN 'over'
       WHEN residents >= 0.9 * cap THEN 'near'
       ELSE 'room' END;
-- CSV cells built in SQL (the unit export formats thousands of rows in DuckDB, not JS).
-- Text that a spreadsheet would run as a formula gets a leading apostrophe; text with a
-- separator, quote or line break is quoted; NULL is an empty cell.
CREATE OR REPLACE MACRO csv_text(v) AS
  CASE WHEN v IS NULL THEN ''
       ELSE (SELECT CASE WHEN regexp_matches(s, '[",;\r\n]') THEN '"' || replace(s, '"', '""') || '"' ELSE s END
             FROM (SELECT CASE WHEN regexp_matches(v, '^[=+\-@\t\r]') THEN '''' || v ELSE v END AS s)) END;
-- Numbers as JavaScript writes them (80, not 80.0).
CREATE OR REPLACE MACRO csv_num(v) AS
  CASE WHEN v IS NULL THEN '' ELSE regexp_replace(CAST(v AS VARCHAR), '\.0$', '') END;

-- The unit table at one snapshot date with every figure, filtered: what the unit
-- page and the unit export read (d: date; k: a Kanwil or NULL; types: comma-separated
-- unit types or NULL; q: a LIKE-escaped search text or NULL).
CREATE OR REPLACE MACRO upt_rows(d, k, types, q) AS TABLE
  SELECT
    u.upt_code, u.name, u.upt_type, u.class, u.kanwil, u.city,
    o.capacity,
    (o.detainee_adult_male + o.detainee_adult_female + o.detainee_child_male + o.detainee_child_female +
     o.prisoner_adult_male + o.prisoner_adult_female + o.prisoner_child_male + o.prisoner_child_female)::INTEGER AS residents,
    (o.detainee_adult_male + o.detainee_adult_female + o.detainee_child_male + o.detainee_child_female)::INTEGER AS detainees,
    (o.prisoner_adult_male + o.prisoner_adult_female + o.prisoner_child_male + o.prisoner_child_female)::INTEGER AS prisoners,
    (o.detainee_child_male + o.detainee_child_female + o.prisoner_child_male + o.prisoner_child_female)::INTEGER AS children,
    (o.detainee_adult_female + o.detainee_child_female + o.prisoner_adult_female + o.prisoner_child_female)::INTEGER AS women,
    o.narcotics_cases,
    occupancy_pct(residents, o.capacity)::DOUBLE    AS occupancy_pct,
    overcrowding_pct(residents, o.capacity)::DOUBLE AS overcrowding_pct,
    load_band(residents, o.capacity)                AS band
  FROM occupancy o
  JOIN upt u USING (upt_code)
  WHERE o.snapshot_date = d
    AND (k IS NULL OR u.kanwil = k)
    AND (types IS NULL OR list_contains(string_split(types, ','), u.upt_type))
    AND (q IS NULL OR u.name ILIKE '%' || q || '%' ESCAPE '\' OR u.upt_code ILIKE '%' || q || '%' ESCAPE '\');
