import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/duckdb.ts';
import { runScript } from '../db/script.ts';

/** Rebuilds the derived rollup tables from `upt` and `umkm_sales`. */
export async function rebuildUmkmRollups(db: Db): Promise<void> {
  await runScript(db, join(import.meta.dirname, 'rollup.sql'));
}

/**
 * Loads the seed's sales (`umkm_sales.parquet`, or `.csv` for a small hand-made fixture)
 * into an empty table, all or nothing, refusing rows of units the registry lacks, then
 * builds the rollups. Rows already loaded are left as they are (the rollups are built if
 * missing). A seed folder without the file loads nothing: the page then shows no data.
 */
export async function seedUmkm(db: Db, seedDir: string): Promise<boolean> {
  const row = await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM umkm_sales');
  if (row && row.n > 0) {
    // The index is the rollup script's last statement (present only when the script ran to its end), the macro its newest part.
    const rolled = await db.one<{ n: number }>(
      "SELECT ((SELECT count(*) FROM duckdb_indexes() WHERE index_name = 'umkm_sales_upt_code') + (SELECT count(*) FROM duckdb_functions() WHERE function_name = 'umkm_units'))::INTEGER AS n",
    );
    if ((rolled?.n ?? 0) < 2) await rebuildUmkmRollups(db);
    return false;
  }
  const parquet = join(seedDir, 'umkm_sales.parquet');
  const file = existsSync(parquet) ? parquet : join(seedDir, 'umkm_sales.csv');
  if (existsSync(file)) {
    await db.transaction(async (c) => {
      const reader = file === parquet ? 'read_parquet($f)' : 'read_csv($f, header = true)';
      await c.run(`INSERT INTO umkm_sales BY NAME SELECT * FROM ${reader} ORDER BY month, upt_code, category, product`, { f: file });
      const orphans = await c.runAndReadAll('SELECT count(*)::INTEGER AS n FROM umkm_sales s ANTI JOIN upt u USING (upt_code)');
      const n = orphans.getRowObjectsJson()[0]?.n;
      if (n) throw new Error(`Seed umkm_sales has ${n} rows whose upt_code is not in upt`);
    });
  }
  await rebuildUmkmRollups(db);
  return existsSync(file);
}
