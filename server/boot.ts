import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureAdmin, migrateAppDb } from './auth/bootstrap.ts';
import type { Config } from './config.ts';
import { Db } from './db/duckdb.ts';
import { migrate, seedIfEmpty } from './db/seed.ts';
import { createServices, type Services } from './services.ts';

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

export interface Booted {
  services: Services;
  seeded: boolean;
  admin: { created: boolean; generated?: string };
  close: () => void;
}

/** Opens both databases, migrates them, seeds analytics, makes sure an admin exists. */
export async function boot(config: Config): Promise<Booted> {
  const { db, seeded } = await openDatabase(config);
  const appDb = await Db.open({ path: config.appDbPath, connections: 2 }).catch((e) => {
    db.close();
    throw e;
  });
  const close = () => {
    appDb.close();
    db.close();
  };
  try {
    await migrateAppDb(appDb);
    const services = await createServices(config, db, appDb);
    const admin = await ensureAdmin(services.users, config.adminPassword);
    return { services, seeded, admin, close };
  } catch (e) {
    close();
    throw e;
  }
}
