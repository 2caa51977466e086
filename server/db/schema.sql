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
