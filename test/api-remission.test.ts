// The remission API on the hand-made fixture (test/fixtures/seed/remission.csv and
// occupancy.csv): every expected figure is worked out below from the fixture's rows, by
// hand, not copied from an answer of the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fixtureApp, issueFields } from './helpers/app.ts';

let t: Awaited<ReturnType<typeof fixtureApp>>;
beforeAll(async () => {
  t = await fixtureApp();
});
afterAll(() => t.close());

// Sentenced prisoners (the four prisoner_* columns) at the month-ends of the fixture:
// 2024-12-31 A 100, B 10, C 130, E 8 (248); 2025-12-31 A 158, B 11, C 160, E 14 (343).
// Residents 2025-12-31: A 180, B 57, C 190, E 20 (447); capacity A 100, B 50, C 200, E 40 (390).

describe('GET /api/remission/rounds', () => {
  it('totals every round (the year × event matrix) and every year', async () => {
    const r = await t.get('/api/remission/rounds');
    expect(r.status).toBe(200);
    expect(r.body.food_cost_per_day_idr).toBe(17_000);
    const cell = (year: number, event: string) => r.body.rows.find((x: any) => x.year === year && x.event === event);
    expect(r.body.rows).toHaveLength(5);
    // Natal 2024: recipients 18 + 1 + 25 + 0, released 2 + 0 + 1 + 0, months 20 + 1.5 + 26 + 0.
    expect(cell(2024, 'RK_NATAL')).toMatchObject({
      event_date: '2024-12-25',
      recipients: 44,
      released: 3,
      granted: 47,
      months_granted: 47.5,
      days_saved: 47.5 * 30,
      food_cost_saved_idr: 24_225_000, // 47.5 months × 30 days × Rp 17,000
      prisoners: 248,
      snapshot_date: '2024-12-31',
    });
    expect(cell(2024, 'RK_NATAL').per_100).toBeCloseTo((100 * 47) / 248, 10); // 18.95
    // Remisi Umum 2025: 120 + 8 + 130 + 6 granted, 5 + 1 + 4 + 0 freed at once.
    expect(cell(2025, 'RU_17_AGUSTUS')).toMatchObject({ recipients: 264, released: 10, granted: 274, months_granted: 807 });
    // August has no snapshot in the fixture: no prisoners, no rate (never a wrong one).
    expect(cell(2025, 'RU_17_AGUSTUS')).toMatchObject({ prisoners: null, per_100: null, snapshot_date: null });
    expect(cell(2025, 'DASAWARSA')).toMatchObject({ recipients: 286, released: 12, months_granted: 736.5, food_cost_saved_idr: 375_615_000 });
    expect(cell(2025, 'RK_IDUL_FITRI')).toMatchObject({ recipients: 198, released: 6, months_granted: 206.5 });
    // Natal 2025: 30 + 2 + 40 + 1 and 1 + 1 + 0 + 0, over 343 prisoners.
    expect(cell(2025, 'RK_NATAL')).toMatchObject({ recipients: 73, released: 2, granted: 75, months_granted: 74.5, prisoners: 343 });
    expect(cell(2025, 'RK_NATAL').per_100).toBeCloseTo((100 * 75) / 343, 10); // 21.87

    // 2025: 198 + 264 + 286 + 73 recipients, 6 + 10 + 12 + 2 released; 851 granted against 47 in 2024.
    const y2025 = r.body.years.find((y: any) => y.year === 2025);
    expect(y2025).toMatchObject({ rounds: 4, recipients: 821, released: 30, granted: 851, months_granted: 206.5 + 807 + 736.5 + 74.5 });
    expect(y2025.granted_change_pct).toBeCloseTo((100 * (851 - 47)) / 47, 10);
    expect(r.body.years[0]).toMatchObject({ year: 2024, granted: 47, granted_change_pct: null });
  });

  it('filters by Kanwil and unit type', async () => {
    const r = await t.get('/api/remission/rounds?kanwil=Riau');
    const natal = r.body.rows.find((x: any) => x.year === 2025 && x.event === 'RK_NATAL');
    // A 30 + 1 and B 2 + 1 over A 158 + B 11 prisoners.
    expect(natal).toMatchObject({ recipients: 32, released: 2, granted: 34, prisoners: 169 });
    expect(natal.per_100).toBeCloseTo((100 * 34) / 169, 10);
    const lpka = await t.get('/api/remission/rounds?upt_type=LPKA');
    expect(lpka.body.rows.find((x: any) => x.year === 2025 && x.event === 'RU_17_AGUSTUS')).toMatchObject({ recipients: 6, released: 0, units: 1 });
  });
});

describe('GET /api/remission/summary', () => {
  it('defaults to the latest Remisi Umum', async () => {
    const r = await t.get('/api/remission/summary');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ year: 2025, event: 'RU_17_AGUSTUS', recipients: 264, released: 10, prev: null, latest_event_date: '2025-12-25' });
  });

  it('compares a round with the same event a year before', async () => {
    const r = await t.get('/api/remission/summary?event=RK_NATAL');
    expect(r.body).toMatchObject({ year: 2025, granted: 75, granted_change: 75 - 47, released_change: 2 - 3 });
    expect(r.body.granted_change_pct).toBeCloseTo((100 * 28) / 47, 10);
    expect(r.body.prev).toMatchObject({ year: 2024, granted: 47, prisoners: 248 });
  });

  it('answers 404 for a round the data lack, 400 for an unknown event', async () => {
    expectError(await t.get('/api/remission/summary?event=RK_WAISAK'), 404);
    expectError(await t.get('/api/remission/summary?event=RU_17_AGUSTUS&year=2019'), 404);
    expect(issueFields(expectError(await t.get('/api/remission/summary?event=LEBARAN'), 400))).toEqual(['event']);
    expect(issueFields(expectError(await t.get('/api/remission/summary?kanwil=Atlantis'), 400))).toEqual(['kanwil']);
  });
});

describe('GET /api/remission/kanwil', () => {
  it('ranks Kanwil by granted per 100 sentenced prisoners, with the relief of overcrowding', async () => {
    const r = await t.get('/api/remission/kanwil?event=RK_NATAL&year=2025');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ year: 2025, event: 'RK_NATAL', event_date: '2025-12-25', snapshot_date: '2025-12-31' });
    // DKI 40 / 160 = 25.00, Riau 34 / 169 = 20.12, Gorontalo 1 / 14 = 7.14.
    expect(r.body.rows.map((k: any) => k.kanwil)).toEqual(['DKI Jakarta', 'Riau', 'Gorontalo']);
    const [dki, riau, gto] = r.body.rows;
    expect(dki).toMatchObject({ granted: 40, prisoners: 160, per_100: 25, relief_pp: 0, overcrowding_pct: 0 });
    expect(riau.per_100).toBeCloseTo((100 * 34) / 169, 10);
    expect(gto.per_100).toBeCloseTo((100 * 1) / 14, 10);
    // Riau: 237 residents on 150 places (58% over); with its 2 freed still inside, 239 (59.33%).
    expect(riau).toMatchObject({ residents: 237, capacity: 150, released: 2 });
    expect(riau.overcrowding_pct).toBeCloseTo(58, 10);
    expect(riau.overcrowding_without_pct).toBeCloseTo((100 * (239 - 150)) / 150, 10);
    expect(riau.relief_pp).toBeCloseTo((100 * 2) / 150, 10);
    // Nationally: 447 residents on 390 places; 2 freed relieve 100 × 2 / 390 points.
    expect(r.body.total).toMatchObject({ granted: 75, prisoners: 343, residents: 447, capacity: 390 });
    expect(r.body.total.relief_pp).toBeCloseTo((100 * 2) / 390, 10);
    // Days of food saved: Natal 2025's 74.5 months × 30 × Rp 17,000.
    expect(r.body.total.food_cost_saved_idr).toBe(37_995_000);
  });

  it('gives absolute figures when the month has no snapshot', async () => {
    const r = await t.get('/api/remission/kanwil');
    // RU 2025: Riau 128 + 6 (A 120 + 5, B 8 + 1), DKI 130 + 4, Gorontalo 6 + 0.
    const by = Object.fromEntries(r.body.rows.map((k: any) => [k.kanwil, k]));
    expect(by.Riau).toMatchObject({ recipients: 128, released: 6, per_100: null, relief_pp: null });
    expect(by['DKI Jakarta']).toMatchObject({ recipients: 130, released: 4 });
    expect(by.Gorontalo).toMatchObject({ recipients: 6, released: 0 });
    expect(r.body.snapshot_date).toBeNull();
  });
});

describe('GET /api/remission/upt', () => {
  it('lists the units of a round, sorted and filtered, with their rate', async () => {
    const r = await t.get('/api/remission/upt?event=RK_NATAL&kanwil=Riau&sort=per_100');
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(2);
    // B: 3 / 11 = 27.27 per 100; A: 31 / 158 = 19.62.
    expect(r.body.rows.map((u: any) => u.upt_code)).toEqual(['RIAU-RUTAN-B', 'RIAU-LAPAS-A']);
    expect(r.body.rows[0].per_100).toBeCloseTo((100 * 3) / 11, 10);
    expect(r.body.rows[1]).toMatchObject({ recipients: 30, released: 1, months_granted: 31, prisoners: 158 });
    const page2 = await t.get('/api/remission/upt?event=RK_NATAL&sort=name&order=asc&limit=1&offset=1');
    expect(page2.body).toMatchObject({ total: 4, rows: [{ upt_code: 'RIAU-LAPAS-A' }] });
    expect(issueFields(expectError(await t.get('/api/remission/upt?sort=capacity'), 400))).toEqual(['sort']);
  });

  it("gives a unit's every round", async () => {
    const r = await t.get('/api/remission/upt/RIAU-LAPAS-A');
    expect(r.body.upt).toMatchObject({ name: 'Lapas Kelas IIA Pekanbaru', kanwil: 'Riau' });
    expect(r.body.rows.map((x: any) => `${x.year} ${x.event} ${x.granted}`)).toEqual([
      '2024 RK_NATAL 20',
      '2025 RK_IDUL_FITRI 93',
      '2025 DASAWARSA 136',
      '2025 RU_17_AGUSTUS 125',
      '2025 RK_NATAL 31',
    ]);
    expect(r.body.rows[0]).toMatchObject({ prisoners: 100, per_100: 20 });
    expectError(await t.get('/api/remission/upt/NOPE'), 404);
  });
});

describe('the daily food cost setting', () => {
  it('prices the days saved with LENTERA_FOOD_COST_PER_DAY_IDR', async () => {
    const u = await fixtureApp({ foodCostPerDayIdr: 19_500 });
    try {
      const r = await u.get('/api/remission/summary?event=RK_NATAL&year=2024');
      expect(r.body).toMatchObject({ food_cost_per_day_idr: 19_500, days_saved: 1425, food_cost_saved_idr: 47.5 * 30 * 19_500 });
    } finally {
      u.close();
    }
  });
});

describe('GET /api/remission/export', () => {
  it('exports a round by Kanwil as CSV, on the audit trail', async () => {
    const before = await t.services.audit.query({ action: 'remission.export', limit: 10, offset: 0 });
    const r = await t.get('/api/remission/export?dataset=kanwil&event=RK_NATAL&year=2025', { as: 'analyst' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toContain('lentera-remisi-kanwil-rk_natal-2025.csv');
    const lines = r.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0].split(',').slice(0, 5)).toEqual(['kanwil', 'units', 'recipients', 'released', 'granted']);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['DKI Jakarta', 'Riau', 'Gorontalo']);
    expect(lines[2]).toMatch(/^Riau,2,32,2,34,34,1020,17340000,169,/);
    const after = await t.services.audit.query({ action: 'remission.export', limit: 10, offset: 0 });
    expect(after.total).toBe(before.total + 1);
    expect(after.rows[0]).toMatchObject({ username: 'analyst', target: 'kanwil.csv', outcome: 'success' });
    expect(JSON.parse(after.rows[0].details!)).toMatchObject({ rows: 3, query: { dataset: 'kanwil', event: 'RK_NATAL' } });
  });

  it("exports the rounds as XLSX and a round's units as Parquet", async () => {
    const x = await t.app.request('/api/remission/export?dataset=rounds&format=xlsx', { headers: { cookie: await t.login('planner') } });
    const buf = Buffer.from(await x.arrayBuffer());
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as any);
    expect(wb.worksheets[0].rowCount).toBe(6);
    const p = await t.app.request('/api/remission/export?dataset=upt&format=parquet&event=RK_NATAL', { headers: { cookie: await t.login('planner') } });
    expect(p.status).toBe(200);
    expect(
      Buffer.from(await p.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe('PAR1');
  });

  it('keeps researchers and supervisors out', async () => {
    expectError(await t.get('/api/remission/rounds', { as: 'researcher' }), 403);
    expectError(await t.get('/api/remission/export', { as: 'supervisor' }), 403);
    expectError(await t.get('/api/remission/summary', { as: 'anonymous' }), 401);
  });
});
