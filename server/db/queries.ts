import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A module's named queries: `sql('summary')` is the text of `queries/summary.sql`. */
export interface Queries {
  (name: string): string;
  /** Every query of the folder: file name (without .sql) → text. */
  readonly all: ReadonlyMap<string, string>;
}

/**
 * Reads every `.sql` file of a module's `queries/` folder once. Asking for an unknown
 * name throws, so a typo fails at once rather than at the first request that needs it.
 */
export function loadQueries(dir: string): Queries {
  const all: ReadonlyMap<string, string> = new Map(
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.sql'))
          .map((f) => [f.slice(0, -4), readFileSync(join(dir, f), 'utf8')])
      : [],
  );
  const sql = (name: string): string => {
    const text = all.get(name);
    if (text === undefined) throw new Error(`No query named ${name}.sql in ${dir}`);
    return text;
  };
  return Object.assign(sql, { all });
}
