import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.ts';
import { Db, QueryTimeoutError } from '../server/db/duckdb.ts';

// The guard rails of server/db/duckdb.ts on a real DuckDB: the time limit really stops
// a runaway query, the row cap fetches no more than it needs, a read-only pool cannot write.
describe('Db guard rails', () => {
  let db: Db;
  beforeAll(async () => {
    db = await Db.open({ path: ':memory:', connections: 1, timeoutMs: 1_000, maxRows: 1_000 });
  });
  afterAll(() => db.close());

  it('stops a query at its time limit with a 504 naming the limit, and the connection works afterwards', async () => {
    const started = performance.now();
    const err = await db.all('SELECT count(*) FROM range(1000000000000)').catch((e: unknown) => e);
    const took = performance.now() - started;
    expect(err).toBeInstanceOf(QueryTimeoutError);
    expect((err as QueryTimeoutError).status).toBe(504);
    expect((err as Error).message).toMatch(/1000 ms.*LENTERA_SQL_TIMEOUT_MS/);
    // Interrupted, not left to run for hours: it ends at the limit (about 10 ms after it
    // here; the bound leaves room for a loaded CI machine, and is no performance target).
    expect(took).toBeGreaterThanOrEqual(990);
    expect(took).toBeLessThan(5_000);
    // The one connection of the pool answers the next query.
    expect(await db.one<{ n: number }>('SELECT 42 AS n')).toEqual({ n: 42 });
  });

  it('takes a limit per read, and none (0) for a read that may be long', async () => {
    const err = await db.columns('SELECT count(*) FROM range(1000000000000)', undefined, { timeoutMs: 200 }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/200 ms/);
    const n = await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM range(3000000)', undefined, { timeoutMs: 0 });
    expect(n).toEqual({ n: 3_000_000 });
  });

  it('leaves an ordinary failure as it is', async () => {
    await expect(db.all('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
    await expect(db.all('SELECT * FROM no_such_table')).rejects.not.toBeInstanceOf(QueryTimeoutError);
  });

  it('caps a big result and says it was truncated, with the column types', async () => {
    const r = await db.capped<{ i: number; label: string }>("SELECT range::INTEGER AS i, 'row ' || range AS label FROM range(5000000)");
    expect(r.truncated).toBe(true);
    expect(r.rows).toHaveLength(1_000);
    expect(r.rows.at(-1)).toEqual({ i: 999, label: 'row 999' });
    expect(r.columns).toEqual([
      { name: 'i', type: 'INTEGER' },
      { name: 'label', type: 'VARCHAR' },
    ]);
    const small = await db.capped('SELECT range AS i FROM range(1000)');
    expect(small.truncated).toBe(false);
    expect(small.rows).toHaveLength(1_000);
    expect(small.columns).toEqual([{ name: 'i', type: 'BIGINT' }]);
    const asked = await db.capped('SELECT range AS i FROM range(10)', {}, { maxRows: 3 });
    expect(asked).toMatchObject({ truncated: true, rows: [{ i: '0' }, { i: '1' }, { i: '2' }] });
  });

  it('stops a capped query at its time limit too', async () => {
    const err = await db.capped('SELECT count(*) FROM range(1000000000000)', {}, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryTimeoutError);
    expect((await db.capped('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });
});

describe('Db read-only', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lentera-db-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens a database file read-only: reads work, writes are refused', async () => {
    const path = join(dir, 'analytics.duckdb');
    const writer = await Db.open({ path, connections: 1 });
    await writer.exec('CREATE TABLE t AS SELECT range::INTEGER AS x FROM range(5)');
    writer.close();

    const reader = await Db.open({ path, connections: 2, readOnly: true });
    try {
      expect(await reader.one('SELECT sum(x)::INTEGER AS s FROM t')).toEqual({ s: 10 });
      await expect(reader.exec('INSERT INTO t VALUES (5)')).rejects.toThrow(/read-only/i);
      await expect(reader.exec('CREATE TABLE u (y INTEGER)')).rejects.toThrow(/read-only/i);
    } finally {
      reader.close();
    }
  });
});

describe('config of the guard rails', () => {
  it('has documented defaults and refuses nonsense', () => {
    const c = loadConfig({});
    expect(c.sqlTimeoutMs).toBe(30_000);
    expect(c.sqlMaxRows).toBe(10_000);
    expect(loadConfig({ LENTERA_SQL_TIMEOUT_MS: '5000', LENTERA_SQL_MAX_ROWS: '50' })).toMatchObject({ sqlTimeoutMs: 5000, sqlMaxRows: 50 });
    expect(() => loadConfig({ LENTERA_SQL_TIMEOUT_MS: 'soon', LENTERA_SQL_MAX_ROWS: '0' })).toThrow(
      /LENTERA_SQL_TIMEOUT_MS="soon"[\s\S]*LENTERA_SQL_MAX_ROWS="0"/,
    );
  });
});
