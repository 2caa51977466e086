import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fixtureApp, issueFields } from './helpers/app.ts';

// Hand-computed from test/fixtures/seed (5 units, 3 Kanwil, 3 month-ends).
// 2025-12-31: capacity 100+50+200+0+40 = 390; residents 180+57+190+0+20 = 447;
// detainees 22+46+30+0+6 = 104; prisoners 158+11+160+0+14 = 343; children 1+20 = 21;
// women 10+6+3 = 19; narcotics 90+30+100+0 (LPKA not reported) = 220.
// 2024-12-31: capacity 340, residents 110+30+150+0+10 = 300.

let t: Awaited<ReturnType<typeof fixtureApp>>;
beforeAll(async () => {
  t = await fixtureApp();
});
afterAll(() => t.close());

describe('GET /api/health and /api/meta', () => {
  it('reports version, latest snapshot and unit count', async () => {
    const r = await t.get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ok: true, version: 'test', data: { latest_snapshot: '2025-12-31', upt_count: 6 } });
  });

  it('lists Kanwil with their provinces, unit types and the snapshot range', async () => {
    const r = await t.get('/api/meta');
    expect(r.status).toBe(200);
    expect(r.body.first_snapshot).toBe('2024-12-31');
    expect(r.body.latest_snapshot).toBe('2025-12-31');
    expect(r.body.snapshot_count).toBe(3);
    expect(r.body.upt_types).toEqual([
      { code: 'BAPAS', units: 2 }, // the Gorontalo Bapas has no occupancy rows
      { code: 'LAPAS', units: 2 },
      { code: 'LPKA', units: 1 },
      { code: 'RUTAN', units: 1 },
    ]);
    // All 33 Kanwil of the province map are listed, with or without units.
    expect(r.body.kanwil).toHaveLength(33);
    const papua = r.body.kanwil.find((k: any) => k.name === 'Papua');
    expect(papua).toEqual({ name: 'Papua', province_codes: ['91', '93', '94', '95'], units: 0 });
    expect(r.body.kanwil.find((k: any) => k.name === 'Riau').units).toBe(2);
  });
});

describe('GET /api/occupancy/summary', () => {
  it('gives the latest snapshot with the change against a year before', async () => {
    const r = await t.get('/api/occupancy/summary');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      date: '2025-12-31',
      capacity: 390,
      residents: 447,
      detainees: 104,
      prisoners: 343,
      children: 21,
      women: 19,
      narcotics_cases: 220,
      units: 5,
      units_with_capacity: 4,
      units_over_capacity: 2, // Pekanbaru 180/100 and Bengkalis 57/50; Cipinang 190/200 is not
      prev_date: '2024-12-31',
      prev_capacity: 340,
      prev_residents: 300,
      prev_overcrowding_pct: 0, // 300 < 340: overcrowding is floored at 0
      residents_change: 147,
      capacity_change: 50,
    });
    expect(r.body.occupancy_pct).toBeCloseTo((100 * 447) / 390, 10);
    expect(r.body.overcrowding_pct).toBeCloseTo((100 * 57) / 390, 10);
    expect(r.body.residents_change_pct).toBeCloseTo(49, 10);
    expect(r.body.overcrowding_change_pp).toBeCloseTo((100 * 57) / 390, 10);
  });

  it('uses the last snapshot on or before a date between snapshots', async () => {
    const r = await t.get('/api/occupancy/summary?date=2025-12-15');
    expect(r.body.date).toBe('2025-11-30');
    expect(r.body.residents).toBe(437); // Pekanbaru had 170 then
    expect(r.body.prev_date).toBeNull(); // no snapshot in November 2024
    expect(r.body.residents_change).toBeNull();
  });

  it('filters by Kanwil and by unit type', async () => {
    const riau = await t.get('/api/occupancy/summary?kanwil=Riau');
    expect(riau.body).toMatchObject({ capacity: 150, residents: 237, units: 2, units_over_capacity: 2 });
    expect(riau.body.overcrowding_pct).toBeCloseTo(58, 10);
    const lapas = await t.get('/api/occupancy/summary?upt_type=LAPAS');
    expect(lapas.body).toMatchObject({ capacity: 300, residents: 370, units: 2 });
    const both = await t.get('/api/occupancy/summary?upt_type=lapas,lpka&kanwil=Gorontalo');
    expect(both.body).toMatchObject({ capacity: 40, residents: 20, children: 20, women: 3, overcrowding_pct: 0 });
    expect(both.body.occupancy_pct).toBe(50);
  });

  it('gives zeros for a Kanwil without units', async () => {
    const r = await t.get('/api/occupancy/summary?kanwil=Papua');
    expect(r.body).toMatchObject({ date: '2025-12-31', units: 0, residents: 0, capacity: 0, occupancy_pct: null, prev_date: null });
  });

  it('gives null percentages, not an error, for capacity 0', async () => {
    const r = await t.get('/api/occupancy/summary?upt_type=BAPAS');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ capacity: 0, residents: 0, occupancy_pct: null, overcrowding_pct: null, units: 1 });
  });

  it('refuses bad parameters with 400 naming each one', async () => {
    for (const [query, field] of [
      ['date=2025-13-01', 'date'],
      ['date=31/12/2025', 'date'],
      ['date=2025-02-29', 'date'],
      ['upt_type=PENJARA', 'upt_type'],
      ['kanwil=Atlantis', 'kanwil'],
      ['bogus=1', 'bogus'],
    ] as const) {
      const body = expectError(await t.get(`/api/occupancy/summary?${query}`), 400);
      expect(issueFields(body)).toContain(field);
    }
  });

  it('answers 404 for a date before the first snapshot', async () => {
    expectError(await t.get('/api/occupancy/summary?date=2020-01-01'), 404);
  });
});

describe('GET /api/occupancy/trend', () => {
  it('gives one row per month with the split', async () => {
    const r = await t.get('/api/occupancy/trend');
    expect(r.body.rows.map((x: any) => [x.month, x.capacity, x.residents, x.detainees, x.prisoners])).toEqual([
      ['2024-12', 340, 300, 52, 248],
      ['2025-11', 390, 437, 104, 333],
      ['2025-12', 390, 447, 104, 343],
    ]);
  });

  it('filters by range, Kanwil, type and unit', async () => {
    const r = await t.get('/api/occupancy/trend?from=2025-01-01&kanwil=DKI%20Jakarta');
    expect(r.body.rows.map((x: any) => [x.date, x.capacity, x.residents])).toEqual([
      ['2025-11-30', 200, 190],
      ['2025-12-31', 200, 190],
    ]);
    const unit = await t.get('/api/occupancy/trend?upt_code=JKT-BAPAS-D');
    expect(unit.body.rows).toHaveLength(3);
    expect(unit.body.rows[0]).toMatchObject({ capacity: 0, residents: 0, occupancy_pct: null, overcrowding_pct: null });
    expectError(await t.get('/api/occupancy/trend?upt_code=NOPE'), 404);
    expectError(await t.get('/api/occupancy/trend?to=yesterday'), 400);
  });
});

describe('GET /api/occupancy/kanwil', () => {
  it('gives one row per Kanwil, most overcrowded first', async () => {
    const r = await t.get('/api/occupancy/kanwil?date=2025-12-31');
    expect(r.body.date).toBe('2025-12-31');
    expect(r.body.rows.map((x: any) => [x.kanwil, x.capacity, x.residents, x.band])).toEqual([
      ['Riau', 150, 237, 'over'],
      ['DKI Jakarta', 200, 190, 'near'], // 95%
      ['Gorontalo', 40, 20, 'room'],
    ]);
    expect(r.body.rows[0].province_codes).toEqual(['14']);
    expect(r.body.rows[1]).toMatchObject({ units: 2, units_over_capacity: 0, overcrowding_pct: 0, occupancy_pct: 95 });
  });
});

describe('GET /api/occupancy/upt', () => {
  it('sorts by overcrowding by default, capacity-0 units last', async () => {
    const r = await t.get('/api/occupancy/upt');
    expect(r.body.total).toBe(5);
    expect(r.body.rows.map((x: any) => x.upt_code)).toEqual([
      'RIAU-LAPAS-A', // 80%
      'RIAU-RUTAN-B', // 14%
      'GTO-LPKA-E', // 0 (occupancy 50%), tie broken by code
      'JKT-LAPAS-C', // 0 (occupancy 95%)
      'JKT-BAPAS-D', // null
    ]);
    expect(r.body.rows[0]).toMatchObject({ name: 'Lapas Kelas IIA Pekanbaru', residents: 180, overcrowding_pct: 80, band: 'over' });
    expect(r.body.rows[4]).toMatchObject({ capacity: 0, occupancy_pct: null, overcrowding_pct: null, band: null });
  });

  it('sorts by any figure, both ways, and pages', async () => {
    const asc = await t.get('/api/occupancy/upt?sort=residents&order=asc');
    expect(asc.body.rows.map((x: any) => x.residents)).toEqual([0, 20, 57, 180, 190]);
    const byName = await t.get('/api/occupancy/upt?sort=name&order=asc&limit=2&offset=2');
    expect(byName.body.total).toBe(5);
    // Names sort case-insensitively: Bapas, Lapas I, Lapas IIA, LPKA, Rutan.
    expect(byName.body.rows.map((x: any) => x.name)).toEqual(['Lapas Kelas IIA Pekanbaru', 'LPKA Kelas II Gorontalo']);
    const past = await t.get('/api/occupancy/upt?offset=10');
    expect(past.body).toMatchObject({ total: 5, rows: [] });
  });

  it('searches names and codes, and filters', async () => {
    const r = await t.get('/api/occupancy/upt?q=cipinang');
    expect(r.body.rows.map((x: any) => x.upt_code)).toEqual(['JKT-LAPAS-C']);
    const code = await t.get('/api/occupancy/upt?q=gto-');
    expect(code.body.total).toBe(1);
    const wild = await t.get('/api/occupancy/upt?q=%25');
    expect(wild.body.total).toBe(0); // % is matched literally
    const f = await t.get('/api/occupancy/upt?kanwil=Riau&upt_type=RUTAN');
    expect(f.body.rows.map((x: any) => x.upt_code)).toEqual(['RIAU-RUTAN-B']);
  });

  it('refuses unknown sorts, bad limits and orders', async () => {
    for (const [q, field] of [
      ['sort=name;DROP TABLE upt', 'sort'],
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['offset=-1', 'offset'],
      ['order=sideways', 'order'],
      ['limit=abc', 'limit'],
    ] as const) {
      expect(issueFields(expectError(await t.get(`/api/occupancy/upt?${q}`), 400))).toContain(field);
    }
  });
});

describe('GET /api/occupancy/upt/:code', () => {
  it('gives the unit and its whole history', async () => {
    const r = await t.get('/api/occupancy/upt/RIAU-LAPAS-A');
    expect(r.body.upt).toMatchObject({ upt_code: 'RIAU-LAPAS-A', kanwil: 'Riau', upt_type: 'LAPAS', capacity: 100 });
    expect(r.body.history).toMatchObject({
      date: ['2024-12-31', '2025-11-30', '2025-12-31'],
      residents: [110, 170, 180],
      overcrowding_pct: [10, 70, 80],
    });
    // One array per figure, all of the same length.
    expect(Object.keys(r.body.history).sort()).toEqual([
      'capacity',
      'children',
      'date',
      'detainees',
      'narcotics_cases',
      'occupancy_pct',
      'overcrowding_pct',
      'prisoners',
      'residents',
      'women',
    ]);
    expect(new Set(Object.values(r.body.history).map((v: any) => v.length))).toEqual(new Set([3]));
  });

  it('gives month-end points by default and every snapshot on request', async () => {
    const u = await fixtureApp();
    try {
      // A mid-month snapshot of one unit: not a month-end point.
      await u.db.exec(`INSERT INTO occupancy VALUES (DATE '2025-12-15', 'RIAU-LAPAS-A', 100, 20, 2, 0, 0, 145, 8, 0, 0, 88)`);
      const month = await u.get('/api/occupancy/upt/RIAU-LAPAS-A');
      expect(month.body.history.date).toEqual(['2024-12-31', '2025-11-30', '2025-12-31']);
      const all = await u.get('/api/occupancy/upt/RIAU-LAPAS-A?resolution=all');
      expect(all.body.history.date).toEqual(['2024-12-31', '2025-11-30', '2025-12-15', '2025-12-31']);
      expect(issueFields(expectError(await u.get('/api/occupancy/upt/RIAU-LAPAS-A?resolution=daily'), 400))).toEqual(['resolution']);
    } finally {
      u.close();
    }
  });

  it('answers 404 for an unknown code', async () => {
    const body = expectError(await t.get('/api/occupancy/upt/NOPE'), 404);
    expect(body.error).toMatch(/NOPE/);
  });
});

describe('GET /api/occupancy/export', () => {
  it('streams the unit table as CSV with the same filters and sort', async () => {
    const r = await t.get('/api/occupancy/export?kanwil=Riau&sort=residents&order=asc');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/csv/);
    expect(r.headers.get('content-disposition')).toMatch(/attachment; filename="lentera-hunian-upt-2025-12-31.csv"/);
    const lines = r.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'upt_code,name,upt_type,class,kanwil,city,capacity,residents,detainees,prisoners,children,women,occupancy_pct,overcrowding_pct,narcotics_cases,band',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['RIAU-RUTAN-B', 'RIAU-LAPAS-A']);
    expect(lines[2]).toContain(',100,180,22,158,0,10,180,80,90,over');
  });

  it('formats the unit CSV in DuckDB exactly as the generic CSV writer would, formulas defused', async () => {
    const u = await fixtureApp();
    try {
      await u.db.exec(
        `INSERT INTO upt VALUES ('JKT-X', '=HYPERLINK("http://x"); "Lapas", <script>', 'LAPAS', NULL, 'DKI Jakarta', '31', NULL, NULL, NULL, 10)`,
      );
      await u.db.exec(`INSERT INTO occupancy VALUES (DATE '2025-12-31', 'JKT-X', 10, 1, 0, 0, 0, 11, 0, 0, 0, NULL)`);
      const res = await u.get('/api/occupancy/export?kanwil=DKI%20Jakarta&sort=name&order=asc');
      const lines = res.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines).toHaveLength(4);
      expect(lines[1]).toBe(`JKT-X,"'=HYPERLINK(""http://x""); ""Lapas"", <script>",LAPAS,,DKI Jakarta,,10,12,1,11,0,0,120,20,,over`);
      // The same rows through the generic writer give the same bytes.
      const { csvStream } = await import('../server/export/csv.ts');
      const page = await u.services.occupancy.units({ kanwil: 'DKI Jakarta', sort: 'name', order: 'asc', limit: 500, offset: 0 });
      const cols = lines[0].split(',');
      const generic = await new Response(csvStream(cols, page.rows as any)).text();
      expect(generic).toBe(res.text);
    } finally {
      u.close();
    }
  });

  it('exports Kanwil rows and the trend', async () => {
    const k = await t.get('/api/occupancy/export?dataset=kanwil');
    expect(k.text.split('\r\n')[1]).toMatch(/^Riau,2,2,150,237,/);
    const tr = await t.get('/api/occupancy/export?dataset=trend&kanwil=Gorontalo');
    expect(tr.text.trim().split('\r\n')).toHaveLength(4);
  });

  it('streams XLSX that opens as a workbook', async () => {
    const res = await t.app.request('/api/occupancy/export?format=xlsx', { headers: { cookie: await t.login('planner') } });
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const buf = Buffer.from(await res.arrayBuffer());
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as any);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(6);
    expect(ws.getRow(2).getCell(1).value).toBe('RIAU-LAPAS-A');
    expect(ws.getRow(2).getCell(8).value).toBe(180);
  });

  it('refuses an unknown format', async () => {
    expect(issueFields(expectError(await t.get('/api/occupancy/export?format=pdf'), 400))).toEqual(['format']);
  });
});

describe('errors and the web fallback', () => {
  it('answers unknown API paths with the error shape', async () => {
    expectError(await t.get('/api/nothing-here'), 404);
    expectError(await t.req('POST', '/api/occupancy/summary'), 404);
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const big = JSON.stringify({ username: 'x'.repeat(3 * 1024 * 1024), password: 'y' });
    expectError(await t.req('POST', '/api/auth/login', { as: 'anonymous', body: big }), 413);
  });
});
