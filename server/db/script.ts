import { readFileSync } from 'node:fs';
import type { Db } from './duckdb.ts';

/** Splits a file of DDL into statements (our scripts keep semicolons out of literals). */
export function statements(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
}

/**
 * Runs every statement of a SQL script file (schema, rollups), in order, then writes it
 * all into the database file: DuckDB 1.5.6 cannot replay an ALTER TABLE … ADD COLUMN on a
 * table whose defaults call functions (now(), nextval()) from the WAL, so a crash before
 * the next checkpoint would leave a database that no longer opens. Scripts are DDL and
 * derived tables: never left only in the WAL.
 */
export async function runScript(db: Db, path: string): Promise<void> {
  for (const s of statements(path)) await db.exec(s);
  await db.exec('CHECKPOINT');
}
