import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../server/db/duckdb.ts';
import { csvStream } from '../server/export/csv.ts';
import { parquetStream } from '../server/export/parquet.ts';
import { xlsxStream } from '../server/export/xlsx.ts';
import { fixtureApp } from './helpers/app.ts';

// The generic writers of server/export/, read back the way a user's tools would: CSV and
// Parquet by DuckDB, XLSX by exceljs. Rows are what the registry really holds: Indonesian
// names with commas, quotes and line breaks, text that a spreadsheet would run as a
// formula, empty cells, and tens of thousands of them.

const N = 30_000;
const NAMES = ['Lapas Kelas IIA Pekanbaru', 'Rutan "Salemba", Jakarta', 'LPKA Kutoarjo;\nJawa Tengah', '=HYPERLINK("http://x")', '-1 (catatan)', '@SUM(A1)'];
const rows = Array.from({ length: N }, (_, i) => ({
  code: `UPT-${String(i).padStart(5, '0')}`,
  name: NAMES[i % NAMES.length],
  capacity: i % 7 === 0 ? null : 100 + (i % 500),
  pct: i % 3 === 0 ? null : (i % 1000) / 7,
  provinces: i % 2 ? ['14', '21'] : [],
}));
const COLUMNS = ['code', 'name', 'capacity', 'pct', 'provinces'];

let dir: string;
let db: Db;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lentera-export-test-'));
  db = await Db.open({ path: ':memory:', connections: 2 });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const bytes = async (s: ReadableStream<Uint8Array>) => Buffer.from(await new Response(s).arrayBuffer());

describe('CSV', () => {
  it('writes every row, defuses formulas, and DuckDB reads it back as written', async () => {
    const file = join(dir, 'rows.csv');
    const buf = await bytes(csvStream(COLUMNS, rows));
    expect(buf.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // the BOM spreadsheets need
    writeFileSync(file, buf);
    const back = await db.all<{ code: string; name: string; capacity: number | null; pct: number | null; provinces: string | null }>(
      `SELECT code, name, capacity::INTEGER AS capacity, pct::DOUBLE AS pct, provinces
       FROM read_csv($f, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"') ORDER BY code`,
      { f: file },
    );
    expect(back).toHaveLength(N);
    const defused = (s: string) => (/^[=+\-@]/.test(s) ? `'${s}` : s);
    for (const i of [0, 1, 2, 3, 4, 5, 7, 9_999, N - 1]) {
      expect(back[i]).toEqual({
        code: rows[i].code,
        name: defused(rows[i].name),
        capacity: rows[i].capacity,
        pct: rows[i].pct === null ? null : expect.closeTo(rows[i].pct as number, 10),
        provinces: rows[i].provinces.length ? rows[i].provinces.join(' ') : null,
      });
    }
  });
});

describe('XLSX', () => {
  it('streams a workbook that exceljs opens, with formulas defused and numbers kept as numbers', async () => {
    const buf = await bytes(xlsxStream('units', COLUMNS, rows));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as never);
    const ws = wb.getWorksheet('units')!;
    expect(ws.rowCount).toBe(N + 1);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(COLUMNS);
    expect(ws.getRow(2).getCell(1).value).toBe('UPT-00000');
    expect(ws.getRow(3).getCell(2).value).toBe('Rutan "Salemba", Jakarta');
    expect(ws.getRow(5).getCell(2).value).toBe(`'=HYPERLINK("http://x")`);
    expect(ws.getRow(5).getCell(2).formula).toBeUndefined();
    expect(ws.getRow(3).getCell(3).value).toBe(101);
    expect(ws.getRow(3).getCell(5).value).toBe('14 21');
    expect(ws.getRow(N + 1).getCell(1).value).toBe(`UPT-${N - 1}`);
  });
});

describe('Parquet', () => {
  beforeAll(async () => {
    await db.exec(`CREATE TABLE units AS
      SELECT 'UPT-' || lpad(range::VARCHAR, 5, '0') AS code, ['Lapas Pekanbaru', 'Rutan "Salemba", Jakarta'][range % 2 + 1] AS name,
             CASE WHEN range % 7 = 0 THEN NULL ELSE (100 + range % 500)::INTEGER END AS capacity,
             (range % 1000) / 7 AS pct, DATE '2025-12-31' - (range % 365)::INTEGER AS snapshot_date
      FROM range(${N})`);
  });

  const exportsLeft = (parent: string) => readdirSync(parent).filter((f) => f.startsWith('lentera-export-'));

  it('streams what DuckDB wrote, with the column types kept, and deletes the temporary file', async () => {
    const parent = mkdtempSync(join(dir, 'tmp-'));
    const stream = await parquetStream(db, 'SELECT * FROM units WHERE capacity >= $min ORDER BY code', { min: 200 }, { tmpDir: parent });
    expect(exportsLeft(parent)).toHaveLength(1); // written, waiting to be read
    const buf = await bytes(stream);
    expect(buf.subarray(0, 4).toString()).toBe('PAR1');
    expect(exportsLeft(parent)).toEqual([]); // removed before the stream reported its end

    const file = join(dir, 'units.parquet');
    writeFileSync(file, buf);
    const expected = await db.one('SELECT count(*)::INTEGER AS n, sum(capacity)::DOUBLE AS cap FROM units WHERE capacity >= 200');
    expect(await db.one('SELECT count(*)::INTEGER AS n, sum(capacity)::DOUBLE AS cap FROM read_parquet($f)', { f: file })).toEqual(expected);
    const types = await db.all<{ column_name: string; column_type: string }>('SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet($f))', {
      f: file,
    });
    expect(types.map((t) => `${t.column_name} ${t.column_type}`)).toEqual([
      'code VARCHAR',
      'name VARCHAR',
      'capacity INTEGER',
      'pct DOUBLE',
      'snapshot_date DATE',
    ]);
    expect(await db.one('SELECT name FROM read_parquet($f) WHERE code = $c', { f: file, c: 'UPT-00201' })).toEqual({ name: 'Rutan "Salemba", Jakarta' });
  });

  it('deletes the temporary file when the download is cancelled half-way', async () => {
    const parent = mkdtempSync(join(dir, 'tmp-'));
    // Random text compresses badly: a file of several chunks.
    const stream = await parquetStream(db, 'SELECT range AS i, md5(range::VARCHAR) AS h FROM range(300000)', {}, { tmpDir: parent });
    const reader = stream.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(exportsLeft(parent)).toHaveLength(1);
    await reader.cancel('client went away');
    expect(exportsLeft(parent)).toEqual([]);
  });

  it('leaves nothing behind when the query fails', async () => {
    const parent = mkdtempSync(join(dir, 'tmp-'));
    await expect(parquetStream(db, 'SELECT * FROM no_such_table', {}, { tmpDir: parent })).rejects.toThrow(/no_such_table/);
    expect(exportsLeft(parent)).toEqual([]);
  });
});

describe('GET /api/occupancy/export?format=parquet', () => {
  let t: Awaited<ReturnType<typeof fixtureApp>>;
  beforeAll(async () => {
    t = await fixtureApp();
  });
  afterAll(() => t.close());

  const download = async (query: string) => {
    const res = await t.app.request(`/api/occupancy/export?${query}`, { headers: { cookie: await t.login('planner') } });
    expect(res.status).toBe(200);
    const file = join(dir, `api-${Math.random().toString(36).slice(2)}.parquet`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return { res, rows: await t.db.all<Record<string, unknown>>('SELECT * FROM read_parquet($f)', { f: file }) };
  };

  it('gives the unit table with the same filters, order and figures as the JSON answer, and is audited', async () => {
    const { res, rows } = await download('format=parquet&kanwil=Riau&sort=residents&order=asc');
    expect(res.headers.get('content-disposition')).toMatch(/filename="lentera-hunian-upt-2025-12-31.parquet"/);
    expect(res.headers.get('content-type')).toBe('application/vnd.apache.parquet');
    const json = await t.get('/api/occupancy/upt?kanwil=Riau&sort=residents&order=asc');
    expect(rows.map((r) => r.upt_code)).toEqual(['RIAU-RUTAN-B', 'RIAU-LAPAS-A']);
    expect(rows).toEqual(json.body.rows.map((r: Record<string, unknown>) => expect.objectContaining({ ...r })));
    const trail = await t.services.audit.query({ action: 'occupancy.export', limit: 1, offset: 0 });
    expect(trail.rows[0]).toMatchObject({ username: 'planner', target: 'upt.parquet', outcome: 'success' });
  });

  it('gives the Kanwil rows and the trend', async () => {
    const k = await download('format=parquet&dataset=kanwil');
    expect(k.rows[0]).toMatchObject({ kanwil: 'Riau', units: 2, capacity: 150, residents: 237 });
    const tr = await download('format=parquet&dataset=trend&kanwil=Gorontalo');
    expect(tr.rows.map((r) => r.month)).toEqual(['2024-12', '2025-11', '2025-12']);
  });
});
