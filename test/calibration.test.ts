// Calibration of the committed seed (data/seed) against the public reference
// figures in data/reference: every check here reads only repo files, and each one
// fails if the generator stops reproducing what data/README.md promises.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed } from '../data/gen/seed.ts';

const ROOT = join(import.meta.dirname, '..');
const SEED = join(ROOT, 'data', 'seed');
const REF = join(ROOT, 'data', 'reference');
const GEO = join(ROOT, 'data', 'geo');
const RESIDENTS = [
  'detainee_adult_male',
  'detainee_adult_female',
  'detainee_child_male',
  'detainee_child_female',
  'prisoner_adult_male',
  'prisoner_adult_female',
  'prisoner_child_male',
  'prisoner_child_female',
];
const DET = RESIDENTS.slice(0, 4).join(' + ');
const PRI = RESIDENTS.slice(4).join(' + ');
const MONTHS = 14 * 12;

let instance: DuckDBInstance;
let con: DuckDBConnection;

async function rows<T = Record<string, unknown>>(sql: string): Promise<T[]> {
  return (await con.runAndReadAll(sql)).getRowObjectsJson() as T[];
}

const within = (got: number, want: number, rel: number) => Math.abs(got - want) <= rel * Math.abs(want);
const ref = (f: string) => `'${join(REF, f)}'`;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  con = await instance.connect();
  await con.run(`CREATE TABLE upt AS SELECT * FROM read_csv('${join(SEED, 'upt.csv')}', header = true,
    types = {'province_code': 'VARCHAR', 'class': 'VARCHAR'})`);
  await con.run(`CREATE TABLE occ AS SELECT *, (${DET})::INTEGER AS det, (${PRI})::INTEGER AS pri,
    (${DET} + ${PRI})::INTEGER AS total FROM read_parquet('${join(SEED, 'occupancy.parquet')}')`);
  await con.run(`CREATE TABLE kmap AS SELECT * FROM read_csv('${join(GEO, 'province_kanwil_map.csv')}', header = true, all_varchar = true)`);
  await con.run(`CREATE VIEW nat AS SELECT snapshot_date AS d, strftime(snapshot_date, '%Y-%m') AS ym,
    sum(total)::INTEGER AS total, sum(det)::INTEGER AS det, sum(pri)::INTEGER AS pri,
    sum(capacity)::INTEGER AS cap, sum(narcotics_cases)::INTEGER AS narc FROM occ GROUP BY ALL`);
  await con.run(`CREATE VIEW kw AS SELECT u.kanwil, o.snapshot_date AS d, sum(o.capacity)::INTEGER AS cap,
    sum(o.total)::INTEGER AS total, ${RESIDENTS.map((c) => `sum(o.${c})::INTEGER AS ${c}`).join(', ')}
    FROM occ o JOIN upt u USING (upt_code) GROUP BY ALL`);
  // SDP spells Kanwil in capitals; two differ from the province names.
  await con.run(`CREATE MACRO sdp_kanwil(s) AS CASE s WHEN 'KANWIL D.I. YOGYAKARTA' THEN 'Daerah Istimewa Yogyakarta'
    WHEN 'KANWIL BANGKA BELITUNG' THEN 'Kepulauan Bangka Belitung'
    ELSE (SELECT any_value(kanwil_ditjenpas) FROM kmap WHERE upper(kanwil_ditjenpas) = replace(s, 'KANWIL ', '')) END`);
});

afterAll(() => {
  con?.closeSync();
  instance?.closeSync();
});

describe('contract', () => {
  it('upt.csv has exactly the contract columns', () => {
    const header = readFileSync(join(SEED, 'upt.csv'), 'utf8').split('\n')[0];
    expect(header).toBe('upt_code,name,upt_type,class,kanwil,province_code,city,latitude,longitude,capacity');
  });

  it('occupancy.parquet has exactly the contract columns and types', async () => {
    const cols = await rows<{ column_name: string; column_type: string }>(`DESCRIBE SELECT * FROM read_parquet('${join(SEED, 'occupancy.parquet')}')`);
    expect(cols.map((c) => [c.column_name, c.column_type])).toEqual([
      ['snapshot_date', 'DATE'],
      ['upt_code', 'VARCHAR'],
      ['capacity', 'INTEGER'],
      ...RESIDENTS.map((c) => [c, 'INTEGER']),
      ['narcotics_cases', 'INTEGER'],
    ]);
  });

  it('has ~530 units with unique readable codes, 33 Kanwil and all nine types', async () => {
    const [s] = await rows<{ n: number; codes: number; bad: number; kanwil: number; ntypes: number }>(`SELECT
      count(*)::INTEGER n, count(DISTINCT upt_code)::INTEGER codes,
      count(*) FILTER (NOT regexp_full_match(upt_code, '[A-Z0-9]+(-[A-Z0-9]+)+'))::INTEGER bad,
      count(DISTINCT kanwil)::INTEGER kanwil, count(DISTINCT upt_type)::INTEGER ntypes FROM upt`);
    expect(s.n).toBeGreaterThanOrEqual(520);
    expect(s.n).toBeLessThanOrEqual(540);
    expect(s.codes).toBe(s.n);
    expect(s.bad).toBe(0);
    expect(s.kanwil).toBe(33);
    const types = await rows<{ t: string }>('SELECT DISTINCT upt_type t FROM upt ORDER BY 1');
    expect(types.map((r) => r.t)).toEqual(['BAPAS', 'CABRUTAN', 'LAPAS', 'LAPAS_NARKOTIKA', 'LAPAS_PEREMPUAN', 'LAPAS_TERBUKA', 'LPKA', 'RUPBASAN', 'RUTAN']);
  });

  it('uses the Kanwil names and BPS codes of province_kanwil_map.csv', async () => {
    const bad = await rows(`SELECT DISTINCT u.kanwil, u.province_code FROM upt u
      WHERE NOT EXISTS (SELECT 1 FROM kmap WHERE kanwil_ditjenpas = u.kanwil AND geojson_PROVINSI = u.kanwil AND kode_prov = u.province_code)`);
    expect(bad).toEqual([]);
    const missing = await rows('SELECT DISTINCT kanwil_ditjenpas FROM kmap EXCEPT SELECT kanwil FROM upt');
    expect(missing).toEqual([]);
  });

  it('keeps all 343 public names and uses only the contract classes', async () => {
    const missing = await rows(`SELECT nama_upt FROM read_csv(${ref('upt_names_343.csv')}, header = true)
      WHERE nama_upt NOT IN (SELECT name FROM upt)`);
    expect(missing).toEqual([]);
    const [c] = await rows<{ bad: number }>(`SELECT count(*)::INTEGER bad FROM upt WHERE class IS NOT NULL AND class NOT IN ('I', 'IIA', 'IIB', 'III')`);
    expect(c.bad).toBe(0);
  });

  it('gives every Kanwil a Bapas and a Lapas or LPKA', async () => {
    const bad = await rows(`SELECT kanwil FROM upt GROUP BY kanwil HAVING count(*) FILTER (upt_type = 'BAPAS') = 0
      OR count(*) FILTER (upt_type IN ('LAPAS', 'LPKA')) = 0`);
    expect(bad).toEqual([]);
  });

  it('places every unit inside the bounding box of its Kanwil provinces', async () => {
    const gj = JSON.parse(readFileSync(join(GEO, 'indonesia-38-provinces.geojson'), 'utf8'));
    const box = new Map<string, number[]>();
    for (const f of gj.features) {
      const pts = JSON.stringify(f.geometry.coordinates)
        .match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!
        .map((p) => p.split(',').map(Number));
      box.set(f.properties.PROVINSI, [
        Math.min(...pts.map((p) => p[0])),
        Math.min(...pts.map((p) => p[1])),
        Math.max(...pts.map((p) => p[0])),
        Math.max(...pts.map((p) => p[1])),
      ]);
    }
    const provinces = await rows<{ kanwil: string; p: string }>('SELECT kanwil_ditjenpas kanwil, geojson_PROVINSI p FROM kmap');
    const units = await rows<{ upt_code: string; kanwil: string; latitude: number; longitude: number }>(
      'SELECT upt_code, kanwil, latitude, longitude FROM upt',
    );
    const outside = units.filter(
      (u) =>
        !provinces.some(({ kanwil, p }) => {
          const b = box.get(p)!;
          return kanwil === u.kanwil && u.longitude >= b[0] && u.longitude <= b[2] && u.latitude >= b[1] && u.latitude <= b[3];
        }),
    );
    expect(outside).toEqual([]);
  });

  it('has one row per unit per month-end 2012-01..2025-12, all codes known', async () => {
    const [s] = await rows<{ n: number; pairs: number; dates: number; notEnd: number; firstDay: string; lastDay: string; units: number }>(`SELECT
      count(*)::INTEGER n, count(DISTINCT (upt_code, snapshot_date))::INTEGER pairs,
      count(DISTINCT snapshot_date)::INTEGER dates,
      count(*) FILTER (snapshot_date <> last_day(snapshot_date))::INTEGER notEnd,
      min(snapshot_date)::VARCHAR firstDay, max(snapshot_date)::VARCHAR lastDay,
      (SELECT count(*) FROM upt)::INTEGER units FROM occ`);
    expect(s).toMatchObject({ dates: MONTHS, notEnd: 0, firstDay: '2012-01-31', lastDay: '2025-12-31' });
    expect(s.n).toBe(s.units * MONTHS);
    expect(s.pairs).toBe(s.n);
    const orphans = await rows('SELECT DISTINCT upt_code FROM occ ANTI JOIN upt USING (upt_code)');
    expect(orphans).toEqual([]);
  });

  it('has no negative counts and no more narcotics cases than residents', async () => {
    const checks = ['capacity', ...RESIDENTS, 'narcotics_cases'].map((c) => `${c} < 0`).join(' OR ');
    const [s] = await rows<{ bad: number; narc: number }>(`SELECT count(*) FILTER (${checks})::INTEGER bad,
      count(*) FILTER (narcotics_cases > total)::INTEGER narc FROM occ`);
    expect(s).toEqual({ bad: 0, narc: 0 });
  });

  it('gives Bapas and Rupbasan capacity 0 and no residents', async () => {
    const [s] = await rows<{ n: number; bad: number; reg: number }>(`SELECT count(*)::INTEGER n,
      count(*) FILTER (o.capacity <> 0 OR o.total <> 0 OR o.narcotics_cases <> 0)::INTEGER bad,
      (SELECT count(*) FROM upt WHERE upt_type IN ('BAPAS', 'RUPBASAN') AND capacity <> 0)::INTEGER reg
      FROM occ o JOIN upt u USING (upt_code) WHERE u.upt_type IN ('BAPAS', 'RUPBASAN')`);
    expect(s.n).toBeGreaterThan(0);
    expect(s).toMatchObject({ bad: 0, reg: 0 });
  });

  it('registry capacity is the capacity at the latest snapshot', async () => {
    const bad = await rows(`SELECT upt_code FROM upt u JOIN occ o USING (upt_code)
      WHERE o.snapshot_date = DATE '2025-12-31' AND o.capacity <> u.capacity`);
    expect(bad).toEqual([]);
  });
});

describe('1. national monthly totals 2012-2021 equal SDP exactly', () => {
  it('matches jumlah_hunian, tahanan and napi for all 120 months', async () => {
    const r = await rows<{ bulan: string; matched: boolean }>(`SELECT s.bulan,
      (n.total = s.jumlah_hunian AND n.det = s.tahanan AND n.pri = s.napi) AS matched
      FROM read_csv(${ref('sdp_hunian_nasional_bulanan_2012_2021.csv')}, header = true) s LEFT JOIN nat n ON n.ym = s.bulan`);
    expect(r).toHaveLength(120);
    expect(r.filter((x) => !x.matched).map((x) => x.bulan)).toEqual([]);
  });
});

describe('2. Kanwil Decembers 2012-2020 equal SDP exactly (all eight columns)', () => {
  it('matches the adult/child file and the male/female totals file', async () => {
    const r = await rows<{ kanwil: string; tahun: number; ok: boolean }>(`
      WITH da AS (SELECT sdp_kanwil(kanwil) kanwil, tahun,
          sum(tahanan_l) FILTER (kelompok = 'DEWASA') dam, sum(tahanan_p) FILTER (kelompok = 'DEWASA') daf,
          sum(tahanan_l) FILTER (kelompok = 'ANAK') dcm, sum(tahanan_p) FILTER (kelompok = 'ANAK') dcf,
          sum(napi_l) FILTER (kelompok = 'DEWASA') pam, sum(napi_p) FILTER (kelompok = 'DEWASA') paf,
          sum(napi_l) FILTER (kelompok = 'ANAK') pcm, sum(napi_p) FILTER (kelompok = 'ANAK') pcf
        FROM read_csv(${ref('sdp_hunian_kanwil_tahunan_dewasa_anak_2011_2020.csv')}, header = true) GROUP BY ALL),
      t AS (SELECT sdp_kanwil(kanwil) kanwil, tahun, tahanan_l, tahanan_p, napi_l, napi_p, total
        FROM read_csv(${ref('sdp_hunian_kanwil_tahunan_2011_2020.csv')}, header = true))
      SELECT da.kanwil, da.tahun, (
        k.detainee_adult_male = dam AND k.detainee_adult_female = daf AND k.detainee_child_male = dcm
        AND k.detainee_child_female = dcf AND k.prisoner_adult_male = pam AND k.prisoner_adult_female = paf
        AND k.prisoner_child_male = pcm AND k.prisoner_child_female = pcf
        AND k.detainee_adult_male + k.detainee_child_male = t.tahanan_l
        AND k.detainee_adult_female + k.detainee_child_female = t.tahanan_p
        AND k.prisoner_adult_male + k.prisoner_child_male = t.napi_l
        AND k.prisoner_adult_female + k.prisoner_child_female = t.napi_p AND k.total = t.total) IS TRUE AS ok
      FROM da JOIN t USING (kanwil, tahun) LEFT JOIN kw k ON k.kanwil = da.kanwil AND k.d = make_date(da.tahun, 12, 31)
      WHERE da.tahun BETWEEN 2012 AND 2020`);
    expect(r).toHaveLength(33 * 9);
    expect(r.filter((x) => !x.ok).map((x) => `${x.kanwil} ${x.tahun}`)).toEqual([]);
  });
});

interface Headline {
  as_of: string;
  penghuni_total: string;
  kapasitas: string;
  overcrowding_pct_reported: string;
  notes: string;
}
const num = (s: string | null): number | null => {
  const m = /^~?\s*([\d.]+)/.exec(s ?? '');
  return m ? Number(m[1]) : null;
};

describe('3. national figures 2022-2025 and capacity follow the headlines', () => {
  let national: Map<string, { total: number; cap: number; narc: number }>;
  let headlines: Headline[];
  beforeAll(async () => {
    const n = await rows<{ ym: string; total: number; cap: number; narc: number }>('SELECT ym, total, cap, narc FROM nat');
    national = new Map(n.map((r) => [r.ym, r]));
    headlines = await rows<Headline>(`SELECT * FROM read_csv(${ref('national_occupancy_headlines.csv')}, header = true, all_varchar = true)`);
  });
  const monthOf = (asOf: string) => /^(\d{4}-\d{2})/.exec(asOf)?.[1] ?? null;

  it('residents within 2% of every dated 2022-2025 headline (and the 2022 peak)', () => {
    let checked = 0;
    for (const h of headlines) {
      const want = num(h.penghuni_total);
      const ym = monthOf(h.as_of);
      if (want === null) continue;
      if (ym && ym >= '2022-01') {
        expect.soft(within(national.get(ym)!.total, want, 0.02), `${h.as_of}: ${national.get(ym)!.total} vs ${want}`).toBe(true);
        checked++;
      } else if (/^2022 \(peak\)/.test(h.as_of)) {
        const peak = Math.max(...[...national].filter(([k]) => k.startsWith('2022')).map(([, v]) => v.total));
        expect(within(peak, want, 0.02), `2022 peak ${peak} vs ${want}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('capacity within 2% of every dated capacity headline, 2014-2025', () => {
    let checked = 0;
    for (const h of headlines) {
      const want = num(h.kapasitas);
      const ym = monthOf(h.as_of);
      if (want === null || !ym) continue;
      expect.soft(within(national.get(ym)!.cap, want, 0.02), `${h.as_of}: ${national.get(ym)!.cap} vs ${want}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('capacity stays within 2% of 132,107 from May 2020 to April 2022', () => {
    for (const [ym, v] of national) {
      if (ym >= '2020-05' && ym <= '2022-04') expect(within(v.cap, 132_107, 0.02), ym).toBe(true);
    }
  });

  it('reported overcrowding 2022-2025 within 2 points, including 2025 month by month', () => {
    const oc = (ym: string) => 100 * (national.get(ym)!.total / national.get(ym)!.cap - 1);
    let checked = 0;
    for (const h of headlines) {
      const ym = monthOf(h.as_of);
      const want = num(h.overcrowding_pct_reported);
      if (ym && ym >= '2022-01' && want !== null && !/as reported/.test(h.overcrowding_pct_reported)) {
        expect.soft(Math.abs(oc(ym) - want), `${h.as_of}: ${oc(ym).toFixed(1)} vs ${want}`).toBeLessThanOrEqual(2);
        checked++;
      }
      // "2025 OC by month Jan87 Feb87 Mar88.3 …" against capacity 146,260
      for (const [, mon, pct] of h.notes?.matchAll(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul)(\d+(?:\.\d+)?)\b/g) ?? []) {
        const key = `2025-${String(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul'].indexOf(mon) + 1).padStart(2, '0')}`;
        expect.soft(Math.abs(oc(key) - Number(pct)), key).toBeLessThanOrEqual(2);
        expect.soft(within(national.get(key)!.total, 146_260 * (1 + Number(pct) / 100), 0.02), key).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it('narcotics cases: the 2021-05 and 2025-05 counts within 1%, about half of residents', () => {
    let checked = 0;
    for (const h of headlines) {
      const m = /narkotika (\d+)/.exec(h.notes ?? '');
      const ym = monthOf(h.as_of);
      if (!m || !ym) continue;
      expect(within(national.get(ym)!.narc, Number(m[1]), 0.01), ym).toBe(true);
      checked++;
    }
    expect(checked).toBe(2);
    const may25 = national.get('2025-05')!;
    expect(may25.narc / may25.total).toBeGreaterThan(0.5);
    expect(may25.narc / may25.total).toBeLessThan(0.55);
  });

  it('capacity only grows, in steps per unit (blocks opening), never as noise', async () => {
    const [s] = await rows<{ down: number; maxSteps: number; grew: number }>(`WITH c AS (
        SELECT upt_code, capacity - lag(capacity) OVER (PARTITION BY upt_code ORDER BY snapshot_date) AS delta FROM occ)
      SELECT count(*) FILTER (delta < 0)::INTEGER down, (SELECT max(n) FROM (SELECT count(*) FILTER (delta > 0) n FROM c GROUP BY upt_code))::INTEGER maxSteps,
        count(DISTINCT upt_code) FILTER (delta > 0)::INTEGER grew FROM c`);
    expect(s.down).toBe(0);
    expect(s.maxSteps).toBeLessThanOrEqual(8);
    expect(s.grew).toBeGreaterThan(100);
  });
});

describe('4. spread between Kanwil, May 2025', () => {
  it('Riau, Kalimantan Timur, Kalimantan Barat most and Maluku Utara, Gorontalo, NTT least overcrowded, near the reported values', async () => {
    const r = await rows<{ kanwil: string; oc: number }>(`SELECT kanwil,
      greatest(0, 100 * (total / cap - 1))::DOUBLE oc FROM kw WHERE d = DATE '2025-05-31' ORDER BY oc DESC`);
    expect(r.slice(0, 3).map((x) => x.kanwil)).toEqual(['Riau', 'Kalimantan Timur', 'Kalimantan Barat']);
    expect(r.slice(-3).map((x) => x.kanwil)).toEqual(['Nusa Tenggara Timur', 'Gorontalo', 'Maluku Utara']);
    const reported = await rows<{ kanwil: string; oc: string }>(`SELECT kanwil, overcrowding_pct_reported oc
      FROM read_csv(${ref('kanwil_snapshots.csv')}, header = true, all_varchar = true) WHERE as_of = '2025-05-16'`);
    expect(reported).toHaveLength(6);
    for (const { kanwil, oc } of reported) {
      expect(Math.abs(r.find((x) => x.kanwil === kanwil)!.oc - Number(oc)), kanwil).toBeLessThanOrEqual(3);
    }
  });

  it('Kanwil capacity passes through the published Kanwil snapshots', async () => {
    const snaps = await rows<{ as_of: string; kanwil: string; kapasitas: string }>(`SELECT as_of, kanwil, kapasitas
      FROM read_csv(${ref('kanwil_snapshots.csv')}, header = true, all_varchar = true) WHERE kapasitas IS NOT NULL`);
    const caps = await rows<{ kanwil: string; ym: string; cap: number }>(`SELECT kanwil, strftime(d, '%Y-%m') ym, cap FROM kw`);
    const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    let checked = 0;
    for (const s of snaps) {
      const dated =
        /^(\d{4}-\d{2})/.exec(s.as_of)?.[1] ??
        (/^(\d{4}) \((\w{3})\)/.exec(s.as_of)
          ? s.as_of.replace(/^(\d{4}) \((\w{3})\).*/, (_, y, m) => `${y}-${String(MON.indexOf(m) + 1).padStart(2, '0')}`)
          : null);
      const cap = caps.find((c) => c.kanwil === s.kanwil && c.ym === dated);
      if (!cap) continue;
      expect.soft(within(cap.cap, Number(s.kapasitas), 0.03), `${s.kanwil} ${s.as_of}: ${cap.cap} vs ${s.kapasitas}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });
});

describe('5. COVID releases', () => {
  it('April 2020 is more than 10% below March 2020', async () => {
    const r = await rows<{ ym: string; total: number }>(`SELECT ym, total FROM nat WHERE ym IN ('2020-03', '2020-04') ORDER BY ym`);
    expect(r[1].total).toBeLessThan(0.9 * r[0].total);
  });
});

describe('6. residents sit in plausible units', () => {
  it('Rutan hold most detainees, Lapas most prisoners, LPKA the children, Lapas Perempuan the women, Lapas Narkotika narcotics', async () => {
    const [s] = await rows<Record<string, number>>(`SELECT
      (sum(det) FILTER (upt_type IN ('RUTAN', 'CABRUTAN')) / sum(det))::DOUBLE rutanDet,
      (sum(pri) FILTER (upt_type LIKE 'LAPAS%') / sum(pri))::DOUBLE lapasPri,
      (sum(prisoner_child_male + prisoner_child_female) FILTER (upt_type = 'LPKA') / sum(prisoner_child_male + prisoner_child_female))::DOUBLE lpkaChildren,
      (sum(prisoner_adult_female) FILTER (upt_type = 'LAPAS_PEREMPUAN') / sum(prisoner_adult_female))::DOUBLE lppWomen,
      (sum(narcotics_cases) FILTER (upt_type = 'LAPAS_NARKOTIKA') / sum(total) FILTER (upt_type = 'LAPAS_NARKOTIKA'))::DOUBLE narkShare
      FROM occ JOIN upt USING (upt_code) WHERE snapshot_date = DATE '2025-05-31'`);
    expect(s.rutanDet).toBeGreaterThan(0.65);
    expect(s.lapasPri).toBeGreaterThan(0.7);
    expect(s.lpkaChildren).toBeGreaterThan(0.7);
    expect(s.lppWomen).toBeGreaterThan(0.45);
    expect(s.narkShare).toBeGreaterThan(0.75);
  });
});

describe('7. determinism', () => {
  it('regenerates byte-identical seed files (all four)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lentera-seed-'));
    try {
      await generateSeed({ outDir: dir });
      const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
      for (const f of ['upt.csv', 'occupancy.parquet', 'remission.parquet', 'umkm_sales.parquet']) expect(hash(join(dir, f)), f).toBe(hash(join(SEED, f)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
