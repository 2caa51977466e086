// Writes a seed set: the function the CLI (data/generate.ts) and the calibration
// test both call, so the test checks exactly what `npm run seed` produces.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { MONTHS } from './months.ts';
import { buildModel, DEFAULT_SEED, type Model } from './model.ts';
import { createScaledView, scaleUptRows } from './scale.ts';
import { copyParquet, loadOccupancy, writeUptCsv, type UptRow } from './write.ts';

/** Options of a generation run. */
export interface SeedOptions {
  outDir: string;
  seed?: number;
  scale?: number;
  daily?: boolean;
}

/** What a run wrote. */
export interface SeedResult {
  units: number;
  occupancyRows: number;
  model: Model;
}

/** Generates upt.csv and occupancy.parquet into `outDir`. */
export async function generateSeed(opts: SeedOptions): Promise<SeedResult> {
  const scale = opts.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a positive integer, got ${opts.scale}`);
  const model = buildModel(opts.seed ?? DEFAULT_SEED);
  const { units, coords, series } = model;
  mkdirSync(opts.outDir, { recursive: true });
  const rows: UptRow[] = units.map((unit, i) => ({ unit, lat: coords[i][0], lon: coords[i][1], capacity: series.capacity[i][MONTHS - 1] }));
  const uptRows = scaleUptRows(rows, scale);
  writeUptCsv(join(opts.outDir, 'upt.csv'), uptRows);
  const base = scale === 1 && !opts.daily;
  const instance = await DuckDBInstance.create(':memory:', base ? { threads: '1' } : {});
  const con = await instance.connect();
  try {
    await loadOccupancy(con, units, series);
    const path = join(opts.outDir, 'occupancy.parquet');
    if (base) {
      // One thread and a fixed row-group size keep the parquet bytes identical run to run.
      await copyParquet(con, 'occupancy', path, 16_384);
    } else {
      await createScaledView(con, scale, opts.daily ?? false);
      await copyParquet(con, 'occupancy_out', path);
    }
    const r = await con.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet('${path.replace(/'/g, "''")}')`);
    return { units: uptRows.length, occupancyRows: Number(r.getRows()[0][0]), model };
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}
