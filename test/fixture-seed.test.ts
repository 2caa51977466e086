// The hand-made fixture (test/fixtures/seed) obeys the contract and the rules the
// generated seed follows, so API tests built on it test what production data looks like.
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, 'fixtures', 'seed');
let instance: DuckDBInstance;
let con: DuckDBConnection;
async function one<T>(sql: string): Promise<T> {
  return (await con.runAndReadAll(sql)).getRowObjectsJson()[0] as T;
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  con = await instance.connect();
  await con.run(`CREATE TABLE upt AS SELECT * FROM read_csv('${join(DIR, 'upt.csv')}', header = true)`);
  await con.run(`CREATE TABLE occ AS SELECT snapshot_date, upt_code,
    prisoner_adult_male + prisoner_adult_female + prisoner_child_male + prisoner_child_female AS pri
    FROM read_csv('${join(DIR, 'occupancy.csv')}', header = true)`);
  await con.run(`CREATE TABLE rem AS SELECT * FROM read_csv('${join(DIR, 'remission.csv')}', header = true)`);
  await con.run(`CREATE TABLE sales AS SELECT * FROM read_csv('${join(DIR, 'umkm_sales.csv')}', header = true)`);
});

afterAll(() => {
  con?.closeSync();
  instance?.closeSync();
});

describe('fixture remission.csv and umkm_sales.csv', () => {
  it('remission: contract columns, custodial units only, released ≤ recipients, half-month amounts', async () => {
    const cols = await con.runAndReadAll('SELECT * FROM rem LIMIT 0');
    expect(cols.columnNames()).toEqual(['year', 'event', 'event_date', 'upt_code', 'recipients', 'released', 'months_granted']);
    const x = await one<Record<string, number>>(`SELECT count(*)::INTEGER AS n,
      count(*) FILTER (upt_code NOT IN (SELECT upt_code FROM upt WHERE upt_type NOT IN ('BAPAS', 'RUPBASAN')))::INTEGER AS notCustodial,
      count(*) FILTER (released > recipients OR months_granted * 2 <> round(months_granted * 2) OR year <> year(event_date))::INTEGER AS bad,
      count(*) FILTER (months_granted > (recipients + released) * CASE event WHEN 'RU_17_AGUSTUS' THEN 6 WHEN 'DASAWARSA' THEN 3 ELSE 2 END)::INTEGER AS tooMuch
      FROM rem`);
    expect(x).toEqual({ n: 20, notCustodial: 0, bad: 0, tooMuch: 0 });
  });

  it('remission: no unit grants to more than its sentenced prisoners when its month has a snapshot', async () => {
    const x = await one<{ joined: number; over: number }>(`SELECT count(o.pri)::INTEGER AS joined,
      count(*) FILTER (r.recipients + r.released > o.pri)::INTEGER AS over
      FROM rem r LEFT JOIN occ o ON o.upt_code = r.upt_code AND o.snapshot_date = last_day(r.event_date)`);
    expect(x).toEqual({ joined: 8, over: 0 });
  });

  it('umkm_sales: contract columns, PNBP 15%, inmates within the unit’s prisoners', async () => {
    const cols = await con.runAndReadAll('SELECT * FROM sales LIMIT 0');
    expect(cols.columnNames()).toEqual(['month', 'upt_code', 'category', 'product', 'unit', 'quantity', 'revenue_idr', 'pnbp_idr', 'inmates_involved']);
    const x = await one<Record<string, number>>(`WITH w AS (SELECT month, upt_code, sum(inmates_involved) AS inmates FROM sales GROUP BY ALL)
      SELECT (SELECT count(*) FROM sales WHERE pnbp_idr <> revenue_idr * 15 // 100 OR day(month) <> 1)::INTEGER AS bad,
        (SELECT count(*) FROM sales WHERE upt_code NOT IN (SELECT upt_code FROM upt WHERE upt_type NOT IN ('BAPAS', 'RUPBASAN')))::INTEGER AS notCustodial,
        count(*) FILTER (w.inmates > o.pri OR o.pri IS NULL)::INTEGER AS over FROM w LEFT JOIN occ o ON o.upt_code = w.upt_code AND o.snapshot_date = last_day(w.month)`);
    expect(x).toEqual({ bad: 0, notCustodial: 0, over: 0 });
  });
});
