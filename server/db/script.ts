import { readFileSync } from 'node:fs';
import type { Db } from './duckdb.ts';

/** Splits a file of DDL into statements (our scripts keep semicolons out of literals). */
export function statements(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
}

/** Runs every statement of a SQL script file, in order. */
export async function runScript(db: Db, path: string): Promise<void> {
  for (const s of statements(path)) await db.exec(s);
}
