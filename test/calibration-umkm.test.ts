// Calibration of the committed work-programme seed (data/seed/umkm_sales.parquet):
// the contract, the public food-security harvest (data/gen/food-security.csv,
// matched to the kilogram), growth through 2025, and the plausibility rules of
// data/README.md (who runs what, inmates bounded by the unit's prisoners).
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SEED = join(ROOT, 'data', 'seed');
const CATEGORIES = ['KERAJINAN', 'MAKANAN_MINUMAN', 'KONVEKSI', 'MEBEL', 'PERTANIAN', 'PERIKANAN', 'PETERNAKAN', 'JASA', 'LAINNYA'];
const FOOD = "('PERTANIAN', 'PERIKANAN', 'PETERNAKAN')";

let instance: DuckDBInstance;
let con: DuckDBConnection;
async function rows<T = Record<string, unknown>>(sql: string): Promise<T[]> {
  return (await con.runAndReadAll(sql)).getRowObjectsJson() as T[];
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  con = await instance.connect();
  await con.run(`CREATE TABLE upt AS SELECT * FROM read_csv('${join(SEED, 'upt.csv')}', header = true,
    types = {'province_code': 'VARCHAR', 'class': 'VARCHAR'})`);
  await con.run(`CREATE TABLE occ AS SELECT snapshot_date, upt_code,
    (prisoner_adult_male + prisoner_adult_female + prisoner_child_male + prisoner_child_female)::INTEGER AS pri
    FROM read_parquet('${join(SEED, 'occupancy.parquet')}')`);
  await con.run(`CREATE TABLE s AS SELECT * FROM read_parquet('${join(SEED, 'umkm_sales.parquet')}')`);
});

afterAll(() => {
  con?.closeSync();
  instance?.closeSync();
});

describe('umkm_sales: contract', () => {
  it('has exactly the contract columns and types', async () => {
    const cols = await rows<{ column_name: string; column_type: string }>('DESCRIBE s');
    expect(cols.map((c) => [c.column_name, c.column_type])).toEqual([
      ['month', 'DATE'],
      ['upt_code', 'VARCHAR'],
      ['category', 'VARCHAR'],
      ['product', 'VARCHAR'],
      ['unit', 'VARCHAR'],
      ['quantity', 'DECIMAL(12,1)'],
      ['revenue_idr', 'BIGINT'],
      ['pnbp_idr', 'BIGINT'],
      ['inmates_involved', 'INTEGER'],
    ]);
  });

  it('uses the contract categories and units, first days of 96 months 2018-2025, no nulls or negatives, one row per unit, month and product', async () => {
    const [x] = await rows<Record<string, number | string>>(`SELECT count(*)::INTEGER AS n,
      count(DISTINCT (month, upt_code, category, product))::INTEGER AS keys,
      count(*) FILTER (category NOT IN (${CATEGORIES.map((c) => `'${c}'`).join(', ')}))::INTEGER AS badCategory,
      count(*) FILTER (unit NOT IN ('pcs', 'kg', 'ekor', 'paket'))::INTEGER AS badUnit,
      count(*) FILTER (day(month) <> 1)::INTEGER AS notFirst,
      count(DISTINCT month)::INTEGER AS months, min(month)::VARCHAR AS first, max(month)::VARCHAR AS last,
      count(*) FILTER (product IS NULL OR trim(product) = '' OR quantity IS NULL OR revenue_idr IS NULL OR pnbp_idr IS NULL
        OR inmates_involved IS NULL OR upt_code IS NULL)::INTEGER AS nulls,
      count(*) FILTER (quantity < 0 OR revenue_idr < 0 OR pnbp_idr < 0 OR inmates_involved <= 0)::INTEGER AS negative,
      count(*) FILTER (unit <> 'kg' AND quantity <> round(quantity))::INTEGER AS fractionalPieces FROM s`);
    expect(x.n).toBeGreaterThan(100_000);
    expect(x).toMatchObject({
      keys: x.n,
      badCategory: 0,
      badUnit: 0,
      notFirst: 0,
      months: 96,
      first: '2018-01-01',
      last: '2025-12-01',
      nulls: 0,
      negative: 0,
      fractionalPieces: 0,
    });
  });

  it('every category and unit is used, and each product keeps one category and one unit', async () => {
    const cats = await rows<{ c: string }>('SELECT DISTINCT category AS c FROM s ORDER BY 1');
    expect(cats.map((r) => r.c)).toEqual([...CATEGORIES].sort());
    const units = await rows<{ u: string }>('SELECT DISTINCT unit AS u FROM s ORDER BY 1');
    expect(units.map((r) => r.u)).toEqual(['ekor', 'kg', 'paket', 'pcs']);
    const mixed = await rows('SELECT product FROM s GROUP BY product HAVING count(DISTINCT (category, unit)) > 1');
    expect(mixed).toEqual([]);
  });

  it('deposits 15% of revenue as PNBP (rounded down to the rupiah)', async () => {
    const [x] = await rows<{ bad: number; revenue: number }>(`SELECT count(*) FILTER (pnbp_idr <> revenue_idr * 15 // 100)::INTEGER AS bad,
      sum(revenue_idr)::DOUBLE AS revenue FROM s`);
    expect(x.bad).toBe(0);
    expect(x.revenue).toBeGreaterThan(0);
  });

  it('no rows for Bapas or Rupbasan, every code in upt, every custodial unit runs something', async () => {
    const [x] = await rows<Record<string, number>>(`SELECT
      count(*) FILTER (u.upt_type IN ('BAPAS', 'RUPBASAN'))::INTEGER AS bapas,
      count(*) FILTER (u.upt_code IS NULL)::INTEGER AS orphans,
      (SELECT count(*) FROM upt WHERE upt_type NOT IN ('BAPAS', 'RUPBASAN') AND upt_code NOT IN (SELECT upt_code FROM s))::INTEGER AS idle
      FROM s LEFT JOIN upt u USING (upt_code)`);
    expect(x).toEqual({ bapas: 0, orphans: 0, idle: 0 });
  });
});

describe('umkm_sales: inmates and money are believable', () => {
  it('inmates involved in a unit-month never exceed its sentenced prisoners at that month-end', async () => {
    const [x] = await rows<{ n: number; over: number; missing: number }>(`WITH w AS (
        SELECT month, upt_code, sum(inmates_involved) AS inmates FROM s GROUP BY ALL)
      SELECT count(*)::INTEGER AS n, count(*) FILTER (w.inmates > o.pri)::INTEGER AS over, count(*) FILTER (o.pri IS NULL)::INTEGER AS missing
      FROM w LEFT JOIN occ o ON o.upt_code = w.upt_code AND o.snapshot_date = last_day(w.month)`);
    expect(x.n).toBeGreaterThan(30_000);
    expect(x).toMatchObject({ over: 0, missing: 0 });
  });

  it('earns Rp 100 thousand to Rp 1 million per inmate-month nationally, and grows from 2018 to 2025', async () => {
    const r = await rows<{ y: number; perInmate: number; revenue: number }>(`SELECT year(month)::INTEGER AS y,
      (sum(revenue_idr) / sum(inmates_involved))::DOUBLE AS perInmate, sum(revenue_idr)::DOUBLE AS revenue FROM s GROUP BY 1 ORDER BY 1`);
    expect(r).toHaveLength(8);
    for (const x of r) {
      expect(x.perInmate, String(x.y)).toBeGreaterThan(100_000);
      expect(x.perInmate, String(x.y)).toBeLessThan(1_000_000);
    }
    expect(r[7].revenue).toBeGreaterThan(1.5 * r[0].revenue);
  });

  it('sales outside food fell while exhibitions and shops were closed (April-September 2020)', async () => {
    const [x] = await rows<{ y2019: number; y2020: number }>(`SELECT
      sum(revenue_idr) FILTER (year(month) = 2019)::DOUBLE AS y2019, sum(revenue_idr) FILTER (year(month) = 2020)::DOUBLE AS y2020
      FROM s WHERE category NOT IN ${FOOD} AND product <> 'Masker kain' AND month(month) BETWEEN 4 AND 9`);
    expect(x.y2020).toBeLessThan(0.8 * x.y2019);
    const masks = await rows<{ first: string; last: string }>(
      "SELECT min(month)::VARCHAR AS first, max(month)::VARCHAR AS last FROM s WHERE product = 'Masker kain'",
    );
    expect(masks[0].first >= '2020-03-01' && masks[0].last <= '2021-06-01').toBe(true);
  });

  it('sacrificial cattle sell in the month of Idul Adha', async () => {
    const r = await rows<{ y: number; peak: number; total: number }>(`WITH m AS (SELECT year(month) AS y, month, sum(quantity) AS q FROM s
        WHERE product = 'Sapi' GROUP BY ALL)
      SELECT y::INTEGER AS y, max(q)::DOUBLE AS peak, sum(q)::DOUBLE AS total FROM m GROUP BY y`);
    expect(r.length).toBeGreaterThan(0);
    for (const x of r) if (x.total >= 10) expect(x.peak / x.total, String(x.y)).toBeGreaterThan(0.4);
  });
});

describe('umkm_sales: who runs what', () => {
  beforeAll(async () => {
    await con.run(`CREATE TABLE prog AS SELECT u.upt_code, u.upt_type, u.capacity, u.kanwil, list(DISTINCT s.category) AS cats,
      count(DISTINCT s.category)::INTEGER AS ncat FROM s JOIN upt u USING (upt_code) GROUP BY ALL`);
  });

  it('big Lapas run more categories than small ones, LPKA and Cabang Rutan few', async () => {
    const r = await rows<{ g: string; mean: number; most: number }>(`SELECT CASE
        WHEN upt_type = 'LAPAS' AND capacity >= 1000 THEN 'big lapas' WHEN upt_type = 'LAPAS' AND capacity < 300 THEN 'small lapas'
        WHEN upt_type IN ('LPKA', 'CABRUTAN') THEN upt_type ELSE 'other' END AS g,
      avg(ncat)::DOUBLE AS mean, max(ncat)::INTEGER AS most FROM prog GROUP BY 1`);
    const g = Object.fromEntries(r.map((x) => [x.g, x]));
    expect(g['big lapas'].mean).toBeGreaterThan(g['small lapas'].mean + 1);
    expect(g['small lapas'].mean).toBeGreaterThan(g.LPKA.mean);
    expect(g.LPKA.most).toBeLessThanOrEqual(4); // three, plus a farm from the 2024-25 food-security drive
    expect(g.CABRUTAN.most).toBeLessThanOrEqual(3);
  });

  it('every Lapas Terbuka farms, fishes and keeps livestock; every Lapas Perempuan sews and makes crafts', async () => {
    const bad = await rows(`SELECT upt_code, upt_type FROM prog
      WHERE (upt_type = 'LAPAS_TERBUKA' AND NOT list_has_all(cats, ['PERTANIAN', 'PERIKANAN', 'PETERNAKAN']))
         OR (upt_type = 'LAPAS_PEREMPUAN' AND NOT list_has_all(cats, ['KONVEKSI', 'KERAJINAN']))`);
    expect(bad).toEqual([]);
    const [x] = await rows<{ women: number; all: number }>(`SELECT
      (sum(revenue_idr) FILTER (u.upt_type = 'LAPAS_PEREMPUAN' AND category IN ('KONVEKSI', 'KERAJINAN'))
        / sum(revenue_idr) FILTER (u.upt_type = 'LAPAS_PEREMPUAN'))::DOUBLE AS women,
      (sum(revenue_idr) FILTER (category IN ('KONVEKSI', 'KERAJINAN')) / sum(revenue_idr))::DOUBLE AS "all"
      FROM s JOIN upt u USING (upt_code)`);
    expect(x.women).toBeGreaterThan(1.5 * x.all);
  });

  it('grows no rice and keeps no cattle in Jakarta', async () => {
    const bad = await rows(
      "SELECT DISTINCT product FROM s JOIN upt u USING (upt_code) WHERE u.kanwil = 'DKI Jakarta' AND product IN ('Padi', 'Jagung', 'Sapi', 'Kambing')",
    );
    expect(bad).toEqual([]);
  });
});

describe('umkm_sales: food security follows the public harvest figures', () => {
  it('rice and maize over the Kemenimipas first year equal the published kilograms', async () => {
    const targets = await rows<{ product: string; unit: string; from_month: string; to_month: string; quantity: number }>(
      `SELECT product, unit, from_month, to_month, quantity::INTEGER AS quantity FROM read_csv('${join(ROOT, 'data', 'gen', 'food-security.csv')}', header = true, all_varchar = true)`,
    );
    expect(targets.map((t) => t.product)).toEqual(['Padi', 'Jagung']);
    for (const t of targets) {
      const [x] = await rows<{ q: number; units: string }>(`SELECT sum(quantity)::DOUBLE AS q, string_agg(DISTINCT unit) AS units FROM s
        WHERE product = '${t.product}' AND month BETWEEN DATE '${t.from_month}-01' AND DATE '${t.to_month}-01'`);
      expect(x.units).toBe(t.unit);
      // Exact to the kilogram (the tolerance only absorbs floating-point summing).
      expect(Math.abs(x.q - t.quantity), t.product).toBeLessThan(0.01);
    }
  });

  it('food-security output grows every year, and through 2025', async () => {
    const r = await rows<{ y: number; kg: number; rice: number; maize: number }>(`SELECT year(month)::INTEGER AS y,
      sum(quantity) FILTER (unit = 'kg')::DOUBLE AS kg, coalesce(sum(quantity) FILTER (product = 'Padi'), 0)::DOUBLE AS rice,
      coalesce(sum(quantity) FILTER (product = 'Jagung'), 0)::DOUBLE AS maize FROM s WHERE category IN ${FOOD} GROUP BY 1 ORDER BY 1`);
    expect(r.map((x) => x.y)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (let i = 1; i < r.length; i++) expect(r[i].kg, String(r[i].y)).toBeGreaterThan(r[i - 1].kg);
    const [y24, y25] = r.slice(-2);
    expect(y25.rice).toBeGreaterThan(1.5 * y24.rice);
    expect(y25.maize).toBeGreaterThan(1.5 * y24.maize);
    const [h] = await rows<{ h1: number; h2: number }>(`SELECT sum(quantity) FILTER (month < DATE '2025-07-01')::DOUBLE AS h1,
      sum(quantity) FILTER (month >= DATE '2025-07-01')::DOUBLE AS h2 FROM s WHERE category IN ${FOOD} AND unit = 'kg' AND year(month) = 2025`);
    expect(h.h2).toBeGreaterThan(h.h1);
    const [units] = await rows<{ y24: number; y25: number }>(`SELECT
      count(DISTINCT upt_code) FILTER (month = DATE '2024-10-01')::INTEGER AS y24, count(DISTINCT upt_code) FILTER (month = DATE '2025-10-01')::INTEGER AS y25
      FROM s WHERE category IN ${FOOD}`);
    expect(units.y25).toBeGreaterThan(1.2 * units.y24); // the 2024-25 drive brought farms to most units that had none
  });
});
