import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBResultReader, type DuckDBValue } from '@duckdb/node-api';

export type Params = Record<string, DuckDBValue>;
export type Row = Record<string, unknown>;
/** How a result is handed to JS: row objects, one array per column, or not at all (`exec`). */
export type Shape = 'rows' | 'columns' | 'none';

/** A read result handed to JS in its shape; the benchmark's direct replay materialises with this too. */
export function materialise(reader: DuckDBResultReader, shape: Exclude<Shape, 'none'>): unknown {
  return shape === 'columns' ? reader.getColumnsObjectJson() : reader.getRowObjectsJson();
}

export interface DbOptions {
  path: string;
  connections: number;
  threads?: number | '';
  memoryLimit?: string;
}

/**
 * The one owner of DuckDB: an instance and a small pool of connections, so that
 * concurrent requests run in parallel instead of queueing on one connection.
 * Results come back JSON-safe (dates as ISO strings); aggregates are cast in SQL.
 */
export class Db {
  /** Called with every statement `all()`, `columns()` and `exec()` run; the benchmark replays the same SQL directly. */
  trace: ((sql: string, params: Params | undefined, shape: Shape) => void) | undefined;
  private idle: DuckDBConnection[] = [];
  private waiters: ((c: DuckDBConnection) => void)[] = [];

  private constructor(
    readonly instance: DuckDBInstance,
    conns: DuckDBConnection[],
  ) {
    this.idle = conns;
  }

  /** Opens (or creates) the database file and its connection pool. */
  static async open(opts: DbOptions): Promise<Db> {
    if (opts.path !== ':memory:') mkdirSync(dirname(opts.path), { recursive: true });
    const settings: Record<string, string> = {};
    if (opts.threads) settings.threads = String(opts.threads);
    if (opts.memoryLimit) settings.memory_limit = opts.memoryLimit;
    // Nothing may be downloaded at run time: the extensions we use are built in.
    settings.autoinstall_known_extensions = 'false';
    settings.autoload_known_extensions = 'false';
    const instance = await DuckDBInstance.create(opts.path, settings);
    const conns = await Promise.all(Array.from({ length: opts.connections }, () => instance.connect()));
    // Timestamps read back as UTC whatever the machine's zone.
    for (const c of conns) await c.run("SET TimeZone = 'UTC'");
    return new Db(instance, conns);
  }

  /** Runs `fn` with a connection of its own, returned to the pool afterwards. */
  async with<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    const conn = this.idle.pop() ?? (await new Promise<DuckDBConnection>((r) => this.waiters.push(r)));
    try {
      return await fn(conn);
    } finally {
      const next = this.waiters.shift();
      if (next) next(conn);
      else this.idle.push(conn);
    }
  }

  /**
   * Runs one statement and returns its rows as plain JSON-safe objects. Prepared
   * statements are deliberately not cached per connection: with @duckdb/node-api
   * 1.5.6-r.1, re-binding a reused prepared statement corrupted inserted strings
   * (seen in the browser test: "perencana" stored as "perenca" plus garbage).
   */
  async all<T = Row>(sql: string, params?: Params): Promise<T[]> {
    return (await this.read(sql, params, 'rows')) as T[];
  }

  /**
   * Runs one statement and returns its result as one array per column (`{ a: [..], b: [..] }`),
   * the compact form for long series: no key repeated per row.
   */
  async columns<T extends Record<string, unknown[]> = Record<string, unknown[]>>(sql: string, params?: Params): Promise<T> {
    return (await this.read(sql, params, 'columns')) as T;
  }

  private async read(sql: string, params: Params | undefined, shape: Exclude<Shape, 'none'>): Promise<unknown> {
    this.trace?.(sql, params, shape);
    return this.with(async (c) => materialise(await c.runAndReadAll(sql, params), shape));
  }

  /** Runs one statement and returns its first row, or undefined. */
  async one<T = Row>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  /** Runs statements for their effect (DDL, loads). */
  async exec(sql: string, params?: Params): Promise<void> {
    this.trace?.(sql, params, 'none');
    await this.with((c) => c.run(sql, params));
  }

  /** Closes every connection and the instance. */
  close(): void {
    for (const c of this.idle) c.closeSync();
    this.idle = [];
    this.instance.closeSync();
  }
}
