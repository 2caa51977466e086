import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/duckdb.ts';
import { runScript } from '../db/script.ts';

/** Rebuilds the derived rollup tables from `upt` and `occupancy`. */
export async function rebuildRollups(db: Db): Promise<void> {
  await runScript(db, join(import.meta.dirname, 'rollup.sql'));
}

/**
 * Loads the seed's snapshots (`occupancy.parquet`, or `.csv` for a small hand-made
 * fixture) into an empty table, all or nothing, refusing rows of units the registry
 * lacks, then builds the rollups. Snapshots already loaded are left as they are (the
 * rollups are built if missing).
 */
export async function seedOccupancy(db: Db, seedDir: string): Promise<boolean> {
  const row = await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM occupancy');
  if (row && row.n > 0) {
    const rolled = await db.one<{ n: number }>("SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'occupancy_rollup'");
    if (!rolled?.n) await rebuildRollups(db);
    return false;
  }
  const parquet = join(seedDir, 'occupancy.parquet');
  const file = existsSync(parquet) ? parquet : join(seedDir, 'occupancy.csv');
  if (!existsSync(file)) throw new Error(`Seed file missing: ${file}`);
  await db.transaction(async (c) => {
    const reader = file === parquet ? 'read_parquet($f)' : 'read_csv($f, header = true)';
    await c.run(`INSERT INTO occupancy BY NAME SELECT * FROM ${reader} ORDER BY snapshot_date, upt_code`, { f: file });
    const orphans = await c.runAndReadAll('SELECT count(*)::INTEGER AS n FROM occupancy o ANTI JOIN upt u USING (upt_code)');
    const n = orphans.getRowObjectsJson()[0]?.n;
    if (n) throw new Error(`Seed occupancy has ${n} rows whose upt_code is not in upt`);
  });
  // Its script ends with a checkpoint: the seed is in the file, not only in the WAL.
  await rebuildRollups(db);
  return true;
}
