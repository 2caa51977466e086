-- The unit registry (analytics database): every UPT with its Kanwil, and the 38
-- provinces with the Kanwil that serves each (data/README.md says where they come
-- from). Idempotent: run on every start.
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

-- The 38 provinces and the Kanwil that serves each (for the map and the Kanwil list).
CREATE TABLE IF NOT EXISTS province_kanwil (
  province_code VARCHAR PRIMARY KEY,
  province      VARCHAR NOT NULL,
  kanwil        VARCHAR NOT NULL
);
