import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.ts';
import { Db } from './db/duckdb.ts';
import { migrate, seedIfEmpty } from './db/seed.ts';

/** The app's version, from package.json. */
export function appVersion(rootDir: string): string {
  return (JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Opens the analytics database, creates the schema and seeds an empty one. */
export async function openDatabase(config: Config): Promise<{ db: Db; seeded: boolean }> {
  const db = await Db.open({
    path: config.dbPath,
    connections: config.dbConnections,
    threads: config.dbThreads,
    memoryLimit: config.dbMemoryLimit,
  });
  try {
    await migrate(db);
    const seeded = await seedIfEmpty(db, config.seedDir, join(config.rootDir, 'data', 'geo'));
    return { db, seeded };
  } catch (e) {
    db.close();
    throw e;
  }
}
