import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBResultReader, type DuckDBValue } from '@duckdb/node-api';
import { ApiError } from '../http/errors.ts';

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
  /** Opens the file read-only (DuckDB `access_mode = 'READ_ONLY'`): for a pool that only reads. */
  readOnly?: boolean;
  /** Time limit of one read in milliseconds (0: none); a read past it is interrupted. */
  timeoutMs?: number;
  /** Default row cap of `capped()`. */
  maxRows?: number;
}

export interface ReadOptions {
  /** Overrides the pool's time limit for this read (0: none). */
  timeoutMs?: number;
}

/** A capped result: at most `maxRows` rows, and whether there were more. */
export interface CappedResult<T = Row> {
  columns: { name: string; type: string }[];
  rows: T[];
  /** True when the statement returned more rows than the cap (only the first `maxRows` are here). */
  truncated: boolean;
}

/** The error of a read stopped at its time limit: a 504 naming the limit and the setting. */
export class QueryTimeoutError extends ApiError {
  constructor(readonly limitMs: number) {
    super(504, `The query took longer than the limit of ${limitMs} ms (LENTERA_SQL_TIMEOUT_MS) and was stopped`, { limit_ms: limitMs });
  }
}

/**
 * The one owner of DuckDB: an instance and a small pool of connections, so that
 * concurrent requests run in parallel instead of queueing on one connection.
 * Results come back JSON-safe (dates as ISO strings); aggregates are cast in SQL.
 *
 * Guard rails, as Datasette's `sql_time_limit_ms` and `max_returned_rows`: every read
 * has a time limit that really stops it (DuckDB has no statement timeout, so a timer
 * calls `connection.interrupt()`), and `capped()` fetches at most `maxRows + 1` rows
 * and says whether the result was truncated.
 */
export class Db {
  /** Called with every statement `all()`, `columns()` and `exec()` run; the benchmark replays the same SQL directly. */
  trace: ((sql: string, params: Params | undefined, shape: Shape) => void) | undefined;
  private idle: DuckDBConnection[] = [];
  private waiters: ((c: DuckDBConnection) => void)[] = [];

  private constructor(
    readonly instance: DuckDBInstance,
    conns: DuckDBConnection[],
    readonly timeoutMs: number,
    readonly maxRows: number,
  ) {
    this.idle = conns;
  }

  /** Opens (or creates) the database file and its connection pool. */
  static async open(opts: DbOptions): Promise<Db> {
    if (opts.path !== ':memory:' && !opts.readOnly) mkdirSync(dirname(opts.path), { recursive: true });
    const settings: Record<string, string> = {};
    if (opts.threads) settings.threads = String(opts.threads);
    if (opts.memoryLimit) settings.memory_limit = opts.memoryLimit;
    if (opts.readOnly) settings.access_mode = 'READ_ONLY';
    // Nothing may be downloaded at run time: the extensions we use are built in.
    settings.autoinstall_known_extensions = 'false';
    settings.autoload_known_extensions = 'false';
    const instance = await DuckDBInstance.create(opts.path, settings);
    const conns = await Promise.all(Array.from({ length: opts.connections }, () => instance.connect()));
    // Timestamps read back as UTC whatever the machine's zone.
    for (const c of conns) await c.run("SET TimeZone = 'UTC'");
    return new Db(instance, conns, opts.timeoutMs ?? 0, opts.maxRows ?? 10_000);
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

  /** Runs `fn` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  async transaction<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.with(async (c) => {
      await c.run('BEGIN TRANSACTION');
      try {
        const out = await fn(c);
        await c.run('COMMIT');
        return out;
      } catch (e) {
        await c.run('ROLLBACK');
        throw e;
      }
    });
  }

  /**
   * Runs one statement and returns its rows as plain JSON-safe objects. Prepared
   * statements are deliberately not cached per connection: with @duckdb/node-api
   * 1.5.6-r.1, re-binding a reused prepared statement corrupted inserted strings
   * (seen in the browser test: "perencana" stored as "perenca" plus garbage).
   */
  async all<T = Row>(sql: string, params?: Params, opts?: ReadOptions): Promise<T[]> {
    return (await this.read(sql, params, 'rows', opts)) as T[];
  }

  /**
   * Runs one statement and returns its result as one array per column (`{ a: [..], b: [..] }`),
   * the compact form for long series: no key repeated per row.
   */
  async columns<T extends Record<string, unknown[]> = Record<string, unknown[]>>(sql: string, params?: Params, opts?: ReadOptions): Promise<T> {
    return (await this.read(sql, params, 'columns', opts)) as T;
  }

  private async read(sql: string, params: Params | undefined, shape: Exclude<Shape, 'none'>, opts?: ReadOptions): Promise<unknown> {
    this.trace?.(sql, params, shape);
    return this.with((c) => this.limited(c, opts?.timeoutMs ?? this.timeoutMs, async () => materialise(await c.runAndReadAll(sql, params), shape)));
  }

  /**
   * Runs one statement and returns at most `maxRows` rows (the pool's default when
   * omitted) with the result's column names and types: DuckDB streams the result and
   * only `maxRows + 1` rows are fetched, so a huge result costs no more than the cap.
   */
  async capped<T = Row>(sql: string, params?: Params, opts: ReadOptions & { maxRows?: number } = {}): Promise<CappedResult<T>> {
    const max = opts.maxRows ?? this.maxRows;
    return this.with((c) =>
      this.limited(c, opts.timeoutMs ?? this.timeoutMs, async () => {
        const reader = await c.streamAndReadUntil(sql, max + 1, params);
        const names = reader.columnNames();
        const types = reader.columnTypes();
        const rows = reader.getRowObjectsJson() as T[];
        return {
          columns: names.map((name, i) => ({ name, type: types[i].toString() })),
          rows: rows.length > max ? rows.slice(0, max) : rows,
          truncated: rows.length > max,
        };
      }),
    );
  }

  /** Runs `fn` on `c`, interrupting the connection when it has not settled within `ms` (0: no limit). */
  private async limited<T>(c: DuckDBConnection, ms: number, fn: () => Promise<T>): Promise<T> {
    if (!ms) return fn();
    let stopped = false;
    const timer = setTimeout(() => {
      stopped = true;
      c.interrupt();
    }, ms);
    try {
      return await fn();
    } catch (e) {
      throw stopped ? new QueryTimeoutError(ms) : e;
    } finally {
      // Cleared before the connection goes back to the pool: a late timer must never stop another query.
      clearTimeout(timer);
    }
  }

  /** Runs one statement and returns its first row, or undefined. */
  async one<T = Row>(sql: string, params?: Params, opts?: ReadOptions): Promise<T | undefined> {
    return (await this.all<T>(sql, params, opts))[0];
  }

  /** Runs statements for their effect (DDL, loads): no time limit, as a seed of millions of rows may take long. */
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
