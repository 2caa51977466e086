// Writes remission.parquet and umkm_sales.parquet. Rows are appended to staging
// tables holding whole numbers (half months, tenths), and COPY turns them into the
// contract's columns (months_granted and quantity as exact decimals), optionally
// for N copies of every unit (the benchmark sets), sorted so zone maps prune dates.
import { DuckDBDateValue, type DuckDBConnection } from '@duckdb/node-api';
import type { RemissionTable } from './remission-units.ts';
import type { UmkmTable } from './umkm-sales.ts';

const quote = (path: string) => `'${path.replace(/'/g, "''")}'`;
const copyCode = "CASE WHEN k = 1 THEN upt_code ELSE upt_code || '-S' || k END AS upt_code";

/** Appends the remission rows to a fresh staging table `remission_stage`. */
export async function loadRemission(con: DuckDBConnection, t: RemissionTable): Promise<void> {
  await con.run(`CREATE TABLE remission_stage (year INTEGER, event VARCHAR, event_date DATE, upt_code VARCHAR,
    recipients INTEGER, released INTEGER, half_months INTEGER)`);
  const app = await con.createAppender('remission_stage');
  t.rounds.forEach((r, n) => {
    const date = new DuckDBDateValue(r.days);
    t.units.forEach((u, j) => {
      const at = n * t.units.length + j;
      app.appendInteger(r.year);
      app.appendVarchar(r.event);
      app.appendDate(date);
      app.appendVarchar(u.code);
      app.appendInteger(t.recipients[at]);
      app.appendInteger(t.released[at]);
      app.appendInteger(t.halfMonths[at]);
      app.endRow();
    });
  });
  app.closeSync();
}

/** Appends the UMKM rows to a fresh staging table `umkm_stage`. */
export async function loadUmkm(con: DuckDBConnection, t: UmkmTable, codes: string[], monthStart: (m: number) => number): Promise<void> {
  await con.run(`CREATE TABLE umkm_stage (month DATE, upt_code VARCHAR, category VARCHAR, product VARCHAR, unit VARCHAR,
    tenths BIGINT, revenue_idr BIGINT, pnbp_idr BIGINT, inmates_involved INTEGER)`);
  const app = await con.createAppender('umkm_stage');
  for (let j = 0; j < t.length; j++) {
    const p = t.product[j];
    app.appendDate(new DuckDBDateValue(monthStart(t.month[j])));
    app.appendVarchar(codes[t.unit[j]]);
    app.appendVarchar(p.category);
    app.appendVarchar(p.name);
    app.appendVarchar(p.unit);
    app.appendBigInt(BigInt(t.tenths[j]));
    app.appendBigInt(BigInt(t.revenue[j]));
    app.appendBigInt(BigInt(t.pnbp[j]));
    app.appendInteger(t.inmates[j]);
    app.endRow();
  }
  app.closeSync();
}

/**
 * Streams a staging table, sorted once, to parquet with `scale` copies of every
 * row right after it: the file stays in date order (what zone maps prune on)
 * without sorting millions of rows. One thread streams in order with flat memory
 * (~200 MB for 10 million rows); more threads must buffer to keep the order
 * (about 3 GB) and are no faster.
 */
async function copyScaled(con: DuckDBConnection, stage: string, order: string, select: string, path: string, scale: number, rowGroupSize?: number) {
  await con.run(`CREATE TABLE ${stage}_sorted AS SELECT * FROM ${stage} ORDER BY ${order}`);
  await con.run(`DROP TABLE ${stage}`);
  const rg = rowGroupSize ? `, ROW_GROUP_SIZE ${rowGroupSize}` : '';
  await con.run('SET threads = 1');
  try {
    await con.run(`COPY (SELECT ${select} FROM (SELECT *, unnest(range(1, ${scale + 1})) AS k FROM ${stage}_sorted))
      TO ${quote(path)} (FORMAT parquet, COMPRESSION zstd${rg})`);
  } finally {
    await con.run('RESET threads');
  }
  await con.run(`DROP TABLE ${stage}_sorted`);
}

/** Writes remission.parquet for `scale` copies of every unit, in the order event_date, event, upt_code. */
export async function copyRemission(con: DuckDBConnection, path: string, scale: number, rowGroupSize?: number): Promise<void> {
  const select = `year, event, event_date, ${copyCode}, recipients, released, (half_months / 2)::DECIMAL(9, 1) AS months_granted`;
  await copyScaled(con, 'remission_stage', 'event_date, event, upt_code', select, path, scale, rowGroupSize);
}

/** Writes umkm_sales.parquet for `scale` copies of every unit, in the order month, upt_code, category, product. */
export async function copyUmkm(con: DuckDBConnection, path: string, scale: number, rowGroupSize?: number): Promise<void> {
  const select = `month, ${copyCode}, category, product, unit, (tenths / 10)::DECIMAL(12, 1) AS quantity, revenue_idr, pnbp_idr, inmates_involved`;
  await copyScaled(con, 'umkm_stage', 'month, upt_code, category, product', select, path, scale, rowGroupSize);
}
