import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;

/** Every named query of this folder, read once: file name (without .sql) → text. */
export const QUERIES: ReadonlyMap<string, string> = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => [f.slice(0, -4), readFileSync(join(dir, f), 'utf8')]),
);

/** The text of a named query; throws on an unknown name so typos fail at once. */
export function sql(name: string): string {
  const text = QUERIES.get(name);
  if (text === undefined) throw new Error(`No query named ${name}.sql`);
  return text;
}
