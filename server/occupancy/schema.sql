-- Occupancy (analytics database): month-end or daily snapshots of every unit, how
-- load is computed, and the views the queries read. Idempotent: run on every start,
-- after the registry's schema (the unit table is the registry's `upt`).
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

-- How Ditjenpas reports load (docs/API.md § Figures): capacity 0 gives NULL, never an error.
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

-- Every snapshot with its figures: the eight resident columns summed once, here, into
-- detainees, prisoners, residents, children and women (every query reads this view).
CREATE OR REPLACE VIEW occupancy_figures AS
SELECT
  snapshot_date,
  upt_code,
  capacity,
  (detainee_adult_male + detainee_adult_female + detainee_child_male + detainee_child_female)::INTEGER AS detainees,
  (prisoner_adult_male + prisoner_adult_female + prisoner_child_male + prisoner_child_female)::INTEGER AS prisoners,
  (detainees + prisoners)::INTEGER                                                                    AS residents,
  (detainee_child_male + detainee_child_female + prisoner_child_male + prisoner_child_female)::INTEGER AS children,
  (detainee_adult_female + detainee_child_female + prisoner_adult_female + prisoner_child_female)::INTEGER AS women,
  narcotics_cases
FROM occupancy;

-- The unit table at one snapshot date with every figure, filtered: what the unit
-- page and the unit export read (d: date; k: a Kanwil or NULL; types: comma-separated
-- unit types or NULL; q: a LIKE-escaped search text or NULL).
CREATE OR REPLACE MACRO upt_rows(d, k, types, q) AS TABLE
  SELECT
    u.upt_code, u.name, u.upt_type, u.class, u.kanwil, u.city,
    o.capacity, o.residents, o.detainees, o.prisoners, o.children, o.women, o.narcotics_cases,
    occupancy_pct(o.residents, o.capacity)::DOUBLE    AS occupancy_pct,
    overcrowding_pct(o.residents, o.capacity)::DOUBLE AS overcrowding_pct,
    load_band(o.residents, o.capacity)                AS band
  FROM occupancy_figures o
  JOIN upt u USING (upt_code)
  WHERE o.snapshot_date = d
    AND (k IS NULL OR u.kanwil = k)
    AND (types IS NULL OR list_contains(string_split(types, ','), u.upt_type))
    AND (q IS NULL OR u.name ILIKE '%' || q || '%' ESCAPE '\' OR u.upt_code ILIKE '%' || q || '%' ESCAPE '\');
