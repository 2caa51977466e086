import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './duckdb.ts';
import { runScript } from './script.ts';

const here = import.meta.dirname;

/** Creates the tables and macros (idempotent). */
export async function migrate(db: Db): Promise<void> {
  await runScript(db, join(here, 'schema.sql'));
}

/** Rebuilds the derived rollup tables from `upt` and `occupancy`. */
export async function rebuildRollups(db: Db): Promise<void> {
  await runScript(db, join(here, 'rollup.sql'));
}

/**
 * Loads the seed files into an empty database, all or nothing, then builds the
 * rollups. A database that already holds units is left as it is.
 */
export async function seedIfEmpty(db: Db, seedDir: string, geoDir: string): Promise<boolean> {
  const row = await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM upt');
  if (row && row.n > 0) {
    const rolled = await db.one<{ n: number }>("SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'occupancy_rollup'");
    if (!rolled?.n) await rebuildRollups(db);
    return false;
  }
  const uptFile = join(seedDir, 'upt.csv');
  // The shipped seed is Parquet; a small hand-made fixture may be CSV.
  const parquet = join(seedDir, 'occupancy.parquet');
  const occFile = existsSync(parquet) ? parquet : join(seedDir, 'occupancy.csv');
  const mapFile = join(geoDir, 'province_kanwil_map.csv');
  for (const f of [uptFile, occFile, mapFile]) {
    if (!existsSync(f)) throw new Error(`Seed file missing: ${f}`);
  }
  await db.with(async (c) => {
    await c.run('BEGIN TRANSACTION');
    try {
      await c.run(
        `INSERT INTO upt BY NAME SELECT * FROM read_csv($f, header = true, all_varchar = false,
           types = {'province_code': 'VARCHAR', 'class': 'VARCHAR'})`,
        { f: uptFile },
      );
      const reader = occFile === parquet ? 'read_parquet($f)' : 'read_csv($f, header = true)';
      await c.run(`INSERT INTO occupancy BY NAME SELECT * FROM ${reader} ORDER BY snapshot_date, upt_code`, {
        f: occFile,
      });
      await c.run(
        `INSERT OR REPLACE INTO province_kanwil
         SELECT kode_prov::VARCHAR, geojson_PROVINSI, kanwil_ditjenpas
         FROM read_csv($f, header = true, types = {'kode_prov': 'VARCHAR'})`,
        { f: mapFile },
      );
      const orphans = await c.runAndReadAll('SELECT count(*)::INTEGER AS n FROM occupancy o ANTI JOIN upt u USING (upt_code)');
      const n = orphans.getRowObjectsJson()[0]?.n;
      if (n) throw new Error(`Seed occupancy has ${n} rows whose upt_code is not in upt`);
      await c.run('COMMIT');
    } catch (e) {
      await c.run('ROLLBACK');
      throw e;
    }
  });
  // Its script ends with a checkpoint: the seed is in the file, not only in the WAL.
  await rebuildRollups(db);
  return true;
}
