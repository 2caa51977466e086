import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureAdmin } from './auth/bootstrap.ts';
import type { Config } from './config.ts';
import { Db } from './db/duckdb.ts';
import { runScript } from './db/script.ts';
import type { Services } from './module.ts';
import { MODULES } from './modules.ts';

/** The app's version, from package.json. */
export function appVersion(rootDir: string): string {
  return (JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')) as { version: string }).version;
}

export interface Booted {
  services: Services;
  /** Whether a module loaded seed data (the first start). */
  seeded: boolean;
  admin: { created: boolean; generated?: string };
  close: () => void;
}

/**
 * Opens both databases and brings every module up, in the order of server/modules.ts:
 * its migrations on its database, then its services, then its seed (once every service
 * exists). Last, makes sure an admin exists.
 */
export async function boot(config: Config): Promise<Booted> {
  const guard = { timeoutMs: config.sqlTimeoutMs, maxRows: config.sqlMaxRows };
  const db = await Db.open({
    path: config.dbPath,
    connections: config.dbConnections,
    threads: config.dbThreads,
    memoryLimit: config.dbMemoryLimit,
    ...guard,
  });
  const appDb = await Db.open({ path: config.appDbPath, connections: 2, ...guard }).catch((e) => {
    db.close();
    throw e;
  });
  const close = () => {
    appDb.close();
    db.close();
  };
  try {
    const services: Services = { config, db, appDb } as Services;
    for (const m of MODULES) {
      const target = m.database === 'app' ? appDb : db;
      for (const file of m.migrations ?? []) await runScript(target, file);
    }
    for (const m of MODULES) if (m.create) Object.assign(services, await m.create(services));
    let seeded = false;
    for (const m of MODULES) if (m.seed && (await m.seed(services))) seeded = true;
    // The first start's admin: printed by main.ts when its password was generated.
    const admin = await ensureAdmin(services.users, config.adminPassword);
    return { services, seeded, admin, close };
  } catch (e) {
    close();
    throw e;
  }
}
