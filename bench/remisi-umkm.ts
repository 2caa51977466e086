/**
 * Remission and UMKM endpoints at scale: `remission` and `umkm_sales` with at least 10
 * million rows each (`--remission-scale 477 --umkm-scale 54`, in their own seed folder and
 * database, so the occupancy bench data set stays as it is), each endpoint timed through
 * HTTP against its own SQL replayed directly on DuckDB (bench/occupancy.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { boot } from '../server/boot.ts';
import { loadConfig } from '../server/config.ts';
import { benchEndpoints, type EndpointResult } from './occupancy.ts';

export interface RemisiUmkmBench {
  results: EndpointResult[];
  sizes: { remission: number; umkm: number; units: number };
  loadMs: number;
  seeded: boolean;
}

const REMISSION_SCALE = 477;
const UMKM_SCALE = 54;

/** Generates the scaled set when missing, opens (or loads) its database, and times every endpoint. */
export async function benchRemisiUmkm(root: string, runs: number, threads = ''): Promise<RemisiUmkmBench> {
  const benchDir = join(root, 'var', 'bench');
  const seedDir = join(benchDir, `seed-r${REMISSION_SCALE}-u${UMKM_SCALE}`);
  mkdirSync(benchDir, { recursive: true });
  if (!existsSync(join(seedDir, 'umkm_sales.parquet'))) {
    console.log(`Generating remission ×${REMISSION_SCALE} and UMKM ×${UMKM_SCALE} into ${seedDir}…`);
    const args = ['--remission-scale', String(REMISSION_SCALE), '--umkm-scale', String(UMKM_SCALE), '--out', seedDir];
    execFileSync('npx', ['tsx', join(root, 'data', 'generate.ts'), ...args], { stdio: 'inherit' });
  }
  const config = loadConfig(
    {
      LENTERA_DB: join(benchDir, `bench-r${REMISSION_SCALE}-u${UMKM_SCALE}.duckdb`),
      LENTERA_SEED_DIR: seedDir,
      LENTERA_LOG: 'silent',
      LENTERA_DB_THREADS: threads,
    },
    root,
  );
  const appDbPath = join(benchDir, 'bench-app-remisi-umkm.duckdb');
  for (const f of [appDbPath, `${appDbPath}.wal`]) rmSync(f, { force: true });
  const t0 = performance.now();
  const booted = await boot({ ...config, appDbPath, adminPassword: 'bench-admin-password' });
  const loadMs = performance.now() - t0;
  try {
    const { db } = booted.services;
    const sizes = (await db.one<RemisiUmkmBench['sizes']>(
      `SELECT (SELECT count(*) FROM remission)::BIGINT::DOUBLE AS remission, (SELECT count(*) FROM umkm_sales)::BIGINT::DOUBLE AS umkm,
              (SELECT count(*) FROM upt)::INTEGER AS units`,
    ))!;
    console.log(
      `${sizes.remission.toLocaleString('en')} remission and ${sizes.umkm.toLocaleString('en')} umkm_sales rows, ${sizes.units.toLocaleString('en')} units (${booted.seeded ? 'loaded' : 'opened'} in ${(loadMs / 1000).toFixed(1)} s)`,
    );
    if (sizes.remission < 10_000_000 || sizes.umkm < 10_000_000) console.warn('WARNING: fewer than 10 million rows in remission or umkm_sales');
    const admin = (await booted.services.users.byUsername('admin'))!;
    const { token } = await booted.services.tokens.create(admin.id, 'bench');
    // A copy of a unit (its rows are the original's), to show that a unit's history stays fast among 200,000 units.
    const unit = (await db.one<{ code: string }>(
      "SELECT upt_code AS code FROM upt WHERE upt_type = 'LAPAS' AND upt_code LIKE '%-S300' ORDER BY upt_code LIMIT 1",
    ))!.code;
    const enc = encodeURIComponent;
    const endpoints: [string, string][] = [
      ['remission rounds (national)', '/api/remission/rounds'],
      ['remission rounds (Kanwil, type)', '/api/remission/rounds?kanwil=Jawa%20Timur&upt_type=LAPAS,RUTAN'],
      ['remission summary (latest RU)', '/api/remission/summary'],
      ['remission summary (Natal 2024, Kanwil)', '/api/remission/summary?event=RK_NATAL&year=2024&kanwil=Sumatera%20Utara'],
      ['remission kanwil (latest RU)', '/api/remission/kanwil'],
      ['remission kanwil (Idul Fitri 2023, LAPAS)', '/api/remission/kanwil?event=RK_IDUL_FITRI&year=2023&upt_type=LAPAS'],
      ['remission upt (page, default sort)', '/api/remission/upt'],
      ['remission upt (Kanwil, search, by name)', '/api/remission/upt?kanwil=Jawa%20Barat&q=lapas&sort=name&order=asc&limit=100'],
      ['remission upt (per 100, page 50)', '/api/remission/upt?sort=per_100&offset=1225'],
      ['remission upt/:code (every round)', `/api/remission/upt/${enc(unit)}`],
      ['remission export (Kanwil, CSV)', '/api/remission/export?dataset=kanwil&format=csv'],
      ['umkm summary (latest year)', '/api/umkm/summary'],
      ['umkm summary (last 12 months, Kanwil)', '/api/umkm/summary?period=last12&kanwil=Jawa%20Tengah'],
      ['umkm monthly (national)', '/api/umkm/monthly'],
      ['umkm monthly (Kanwil, category)', '/api/umkm/monthly?kanwil=Jawa%20Timur&category=PERTANIAN'],
      ['umkm categories', '/api/umkm/categories'],
      ['umkm kanwil', '/api/umkm/kanwil'],
      ['umkm upt (top units)', '/api/umkm/upt'],
      ['umkm upt (category, search, by name)', '/api/umkm/upt?year=2024&category=KONVEKSI&q=rutan&sort=name&order=asc&limit=100'],
      ['umkm upt/:code (every month)', `/api/umkm/upt/${enc(unit)}`],
      ['umkm products (top 10)', '/api/umkm/products'],
      ['umkm food', '/api/umkm/food'],
      ['umkm export (categories, CSV)', '/api/umkm/export?dataset=categories&format=csv'],
    ];
    const only = process.env.BENCH_ONLY_PATH;
    const results = await benchEndpoints(config, booted.services, token, only ? endpoints.filter(([n]) => n.includes(only)) : endpoints, runs);
    return { results, sizes, loadMs, seeded: booted.seeded };
  } finally {
    booted.close();
  }
}
