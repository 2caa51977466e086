import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/duckdb.ts';
import { runScript } from '../db/script.ts';

/** Rebuilds the derived rollup table from `upt` and `remission`. */
export async function rebuildRemissionRollup(db: Db): Promise<void> {
  await runScript(db, join(import.meta.dirname, 'rollup.sql'));
}

/**
 * Loads the seed's rounds (`remission.parquet`, or `.csv` for a small hand-made fixture)
 * into an empty table, all or nothing, refusing rows of units the registry lacks, then
 * builds the rollup. Rows already loaded are left as they are (the rollup is built if
 * missing). A seed folder without the file loads nothing: the pages then show no data.
 */
export async function seedRemission(db: Db, seedDir: string): Promise<boolean> {
  const row = await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM remission');
  if (row && row.n > 0) {
    // The index is the rollup script's last statement: present only when the script ran to its end.
    const rolled = await db.one<{ n: number }>("SELECT count(*)::INTEGER AS n FROM duckdb_indexes() WHERE index_name = 'remission_upt_code'");
    if (!rolled?.n) await rebuildRemissionRollup(db);
    return false;
  }
  const parquet = join(seedDir, 'remission.parquet');
  const file = existsSync(parquet) ? parquet : join(seedDir, 'remission.csv');
  if (existsSync(file)) {
    await db.transaction(async (c) => {
      const reader = file === parquet ? 'read_parquet($f)' : 'read_csv($f, header = true)';
      await c.run(`INSERT INTO remission BY NAME SELECT * FROM ${reader} ORDER BY event_date, event, upt_code`, { f: file });
      const orphans = await c.runAndReadAll('SELECT count(*)::INTEGER AS n FROM remission r ANTI JOIN upt u USING (upt_code)');
      const n = orphans.getRowObjectsJson()[0]?.n;
      if (n) throw new Error(`Seed remission has ${n} rows whose upt_code is not in upt`);
    });
  }
  await rebuildRemissionRollup(db);
  return existsSync(file);
}
