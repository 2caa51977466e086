-- UMKM and food security (analytics database): what every custodial unit's work
-- programmes made and sold each month (DATA-CONTRACT.md § umkm_sales). Idempotent: run
-- on every start, after the registry's schema (the queries join `upt`).
CREATE TABLE IF NOT EXISTS umkm_sales (
  month            DATE NOT NULL CHECK (day(month) = 1),
  upt_code         VARCHAR NOT NULL,
  category         VARCHAR NOT NULL CHECK (category IN ('KERAJINAN', 'MAKANAN_MINUMAN', 'KONVEKSI', 'MEBEL', 'PERTANIAN', 'PERIKANAN', 'PETERNAKAN', 'JASA', 'LAINNYA')),
  product          VARCHAR NOT NULL,
  unit             VARCHAR NOT NULL,
  quantity         DECIMAL(12, 1) NOT NULL CHECK (quantity >= 0),
  revenue_idr      BIGINT NOT NULL CHECK (revenue_idr >= 0),
  pnbp_idr         BIGINT NOT NULL CHECK (pnbp_idr >= 0),
  inmates_involved INTEGER NOT NULL CHECK (inmates_involved >= 0)
);

-- Whether a row is food-security output weighed in kilograms (ketahanan pangan: farming,
-- fish, livestock; livestock sold by the head is counted apart).
CREATE OR REPLACE MACRO is_food_kg(category, unit) AS
  category IN ('PERTANIAN', 'PERIKANAN', 'PETERNAKAN') AND unit = 'kg';

