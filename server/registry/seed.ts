import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/duckdb.ts';

/**
 * Loads the registry into an empty database, all or nothing: `upt.csv` of the seed
 * folder and the province → Kanwil table of `data/geo`. A registry that already holds
 * units is left as it is.
 */
export async function seedRegistry(db: Db, seedDir: string, geoDir: string): Promise<boolean> {
  const row = await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM upt');
  if (row && row.n > 0) return false;
  const uptFile = join(seedDir, 'upt.csv');
  const mapFile = join(geoDir, 'province_kanwil_map.csv');
  for (const f of [uptFile, mapFile]) {
    if (!existsSync(f)) throw new Error(`Seed file missing: ${f}`);
  }
  await db.transaction(async (c) => {
    await c.run(
      `INSERT INTO upt BY NAME SELECT * FROM read_csv($f, header = true, all_varchar = false,
         types = {'province_code': 'VARCHAR', 'class': 'VARCHAR'})`,
      { f: uptFile },
    );
    await c.run(
      `INSERT OR REPLACE INTO province_kanwil
       SELECT kode_prov::VARCHAR, geojson_PROVINSI, kanwil_ditjenpas
       FROM read_csv($f, header = true, types = {'kode_prov': 'VARCHAR'})`,
      { f: mapFile },
    );
  });
  return true;
}
