// Writes a seed set: the function the CLI (data/generate.ts) and the calibration
// test both call, so the test checks exactly what `npm run seed` produces.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildModel, DEFAULT_SEED, type Model } from './model.ts';
import { MONTHS, monthStartDays } from './months.ts';
import { buildRemission } from './remission-units.ts';
import { createScaledView, scaleUptRows } from './scale.ts';
import { buildUmkm } from './umkm-sales.ts';
import { copyRemission, copyUmkm, loadRemission, loadUmkm } from './write-facts.ts';
import { copyParquet, loadOccupancy, writeUptCsv, type UptRow } from './write.ts';

/** Options of a generation run. */
export interface SeedOptions {
  outDir: string;
  seed?: number;
  /** Copies of every unit in occupancy (and the default for the other two tables). */
  scale?: number;
  /** Copies of every unit in remission.parquet (default: `scale`). */
  remissionScale?: number;
  /** Copies of every unit in umkm_sales.parquet (default: `scale`). */
  umkmScale?: number;
  daily?: boolean;
}

/** What a run wrote. */
export interface SeedResult {
  units: number;
  occupancyRows: number;
  remissionRows: number;
  umkmRows: number;
  model: Model;
}

const positive = (n: number, what: string) => {
  if (!Number.isInteger(n) || n < 1) throw new Error(`${what} must be a positive integer, got ${n}`);
  return n;
};

/**
 * Generates upt.csv, occupancy.parquet, remission.parquet and umkm_sales.parquet
 * into `outDir`. upt.csv holds as many copies of every unit as the largest scale;
 * each table holds its own number of copies.
 */
export async function generateSeed(opts: SeedOptions): Promise<SeedResult> {
  const scale = positive(opts.scale ?? 1, '--scale');
  const remissionScale = positive(opts.remissionScale ?? scale, '--remission-scale');
  const umkmScale = positive(opts.umkmScale ?? scale, '--umkm-scale');
  const seed = opts.seed ?? DEFAULT_SEED;
  const model = buildModel(seed);
  const { units, coords, series } = model;
  mkdirSync(opts.outDir, { recursive: true });
  const rows: UptRow[] = units.map((unit, i) => ({ unit, lat: coords[i][0], lon: coords[i][1], capacity: series.capacity[i][MONTHS - 1] }));
  const uptRows = scaleUptRows(rows, Math.max(scale, remissionScale, umkmScale));
  writeUptCsv(join(opts.outDir, 'upt.csv'), uptRows);
  const base = scale === 1 && remissionScale === 1 && umkmScale === 1 && !opts.daily;
  // One thread and fixed row-group sizes keep the parquet bytes identical run to run.
  const instance = await DuckDBInstance.create(':memory:', base ? { threads: '1' } : {});
  const con = await instance.connect();
  const path = (f: string) => join(opts.outDir, f);
  const count = async (f: string) => {
    const r = await con.runAndReadAll(`SELECT count(*)::BIGINT::DOUBLE AS n FROM read_parquet('${path(f).replace(/'/g, "''")}')`);
    return Number(r.getRows()[0][0]);
  };
  try {
    await loadOccupancy(con, units, series);
    if (base) await copyParquet(con, 'occupancy', path('occupancy.parquet'), 16_384);
    else {
      await createScaledView(con, scale, opts.daily ?? false);
      await copyParquet(con, 'occupancy_out', path('occupancy.parquet'));
    }
    // Free the occupancy rows before the next tables are staged.
    for (const v of ['occupancy_out', 'occupancy_daily']) await con.run(`DROP VIEW IF EXISTS ${v}`);
    await con.run('DROP TABLE occupancy');
    await loadRemission(con, buildRemission(model, seed));
    await copyRemission(con, path('remission.parquet'), remissionScale, base ? 16_384 : undefined);
    await loadUmkm(
      con,
      buildUmkm(model, seed),
      units.map((u) => u.code),
      monthStartDays,
    );
    await copyUmkm(con, path('umkm_sales.parquet'), umkmScale, base ? 16_384 : undefined);
    return {
      units: uptRows.length,
      occupancyRows: await count('occupancy.parquet'),
      remissionRows: await count('remission.parquet'),
      umkmRows: await count('umkm_sales.parquet'),
      model,
    };
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}
