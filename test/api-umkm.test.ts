// The UMKM and food-security API on the hand-made fixture (test/fixtures/seed/umkm_sales.csv):
// every expected figure is worked out below from the fixture's 14 rows, by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fixtureApp, issueFields } from './helpers/app.ts';

let t: Awaited<ReturnType<typeof fixtureApp>>;
beforeAll(async () => {
  t = await fixtureApp();
});
afterAll(() => t.close());

// Revenue: 2024-12 2,750,000 + 1,200,000 + 5,000,000 + 300,000 = 9,250,000 (37 inmates);
// 2025-11 0 + 2,410,000 + 2,100,000 + 6,000,000 = 10,510,000 (10 + 6 + 3 + 24 = 43 inmates);
// 2025-12 4,400,000 + 3,000,000 + 1,750,000 + 7,500,000 + 1,600,000 + 450,000 = 18,700,000
// (12 + 6 + 3 + 25 + 4 + 3 = 53 inmates). PNBP is 15% of every revenue.
const REV_2025 = 10_510_000 + 18_700_000;

describe('GET /api/umkm/summary', () => {
  it("gives a year's revenue, PNBP, inmates and food against the year before", async () => {
    const r = await t.get('/api/umkm/summary?year=2025');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      from: '2025-01-01',
      to: '2025-12-01',
      months: 2,
      revenue_idr: REV_2025,
      pnbp_idr: 4_381_500,
      inmate_months: 43 + 53,
      inmates_avg: (43 + 53) / 2,
      food_kg: 120.5 + 800 + 150,
      latest_month: '2025-12-01',
    });
    expect(r.body.revenue_per_inmate).toBeCloseTo(REV_2025 / 96, 6);
    expect(r.body.prev).toMatchObject({ revenue_idr: 9_250_000, pnbp_idr: 1_387_500, food_kg: 500, from: '2024-01-01' });
    expect(r.body.revenue_change_pct).toBeCloseTo((100 * (REV_2025 - 9_250_000)) / 9_250_000, 10);
    expect(r.body.food_kg_change_pct).toBeCloseTo((100 * (1070.5 - 500)) / 500, 10); // +114.1%
  });

  it('without a year takes the latest year; period=last12 the 12 months up to the latest month', async () => {
    expect((await t.get('/api/umkm/summary')).body).toMatchObject({ from: '2025-01-01', to: '2025-12-01', revenue_idr: REV_2025 });
    const r = await t.get('/api/umkm/summary?period=last12');
    // 2025-01..2025-12 against 2024-01..2024-12: the same as the calendar years here.
    expect(r.body).toMatchObject({ from: '2025-01-01', to: '2025-12-01', revenue_idr: REV_2025 });
    expect(r.body.prev).toMatchObject({ from: '2024-01-01', to: '2024-12-01', revenue_idr: 9_250_000 });
  });

  it('filters by Kanwil and category', async () => {
    // Riau 2025: A 0 + 2,410,000 + 4,400,000 + 3,000,000, B 2,100,000 + 1,750,000.
    expect((await t.get('/api/umkm/summary?year=2025&kanwil=Riau')).body.revenue_idr).toBe(13_660_000);
    const jasa = await t.get('/api/umkm/summary?year=2025&category=JASA');
    // JASA 2025: laundry 2,100,000 + 1,750,000, haircuts 450,000; 3 + 3 + 3 inmate-months.
    expect(jasa.body).toMatchObject({ revenue_idr: 4_300_000, pnbp_idr: 645_000, inmate_months: 9 });
    expect(issueFields(expectError(await t.get('/api/umkm/summary?category=SULAP'), 400))).toEqual(['category']);
    expectError(await t.get('/api/umkm/summary?year=2019'), 404);
  });
});

describe('GET /api/umkm/monthly', () => {
  it('gives every month with its revenue per inmate involved', async () => {
    const r = await t.get('/api/umkm/monthly');
    expect(r.body.rows.map((m: any) => m.month)).toEqual(['2024-12-01', '2025-11-01', '2025-12-01']);
    const dec = r.body.rows[2];
    expect(dec).toMatchObject({ revenue_idr: 18_700_000, pnbp_idr: 2_805_000, inmate_months: 53, food_kg: 950 });
    expect(dec.revenue_per_inmate).toBeCloseTo(18_700_000 / 53, 6); // Rp 352,830.19
    expect(r.body.rows[1].food_kg).toBe(120.5); // November's Padi row is 0 kg (no harvest)
  });
});

describe('GET /api/umkm/categories, /kanwil, /upt, /products', () => {
  it('ranks the categories of 2025 by PNBP', async () => {
    const r = await t.get('/api/umkm/categories?year=2025');
    // MAKANAN_MINUMAN 900,000 + 1,125,000; PERIKANAN 361,500 + 450,000; PERTANIAN 0 + 660,000;
    // JASA 315,000 + 262,500 + 67,500; MEBEL 240,000.
    expect(r.body.rows.map((c: any) => [c.category, c.pnbp_idr])).toEqual([
      ['MAKANAN_MINUMAN', 2_025_000],
      ['PERIKANAN', 811_500],
      ['PERTANIAN', 660_000],
      ['JASA', 645_000],
      ['MEBEL', 240_000],
    ]);
    expect(r.body.rows[0].pnbp_share_pct).toBeCloseTo((100 * 2_025_000) / 4_381_500, 10);
    // PERTANIAN: 4,400,000 over 10 + 12 inmate-months.
    expect(r.body.rows[2].revenue_per_inmate).toBeCloseTo(4_400_000 / 22, 6);
  });

  it('totals 2025 per Kanwil', async () => {
    const r = await t.get('/api/umkm/kanwil?year=2025');
    // DKI (C): 6,000,000 + 7,500,000 + 1,600,000 over 24 + 25 + 4; Riau 13,660,000 over 10+6+3+12+6+3.
    expect(r.body.rows.map((k: any) => [k.kanwil, k.units, k.revenue_idr, k.inmate_months])).toEqual([
      ['DKI Jakarta', 1, 15_100_000, 53],
      ['Riau', 2, 13_660_000, 40],
      ['Gorontalo', 1, 450_000, 3],
    ]);
    expect(r.body.rows[1].revenue_per_inmate).toBe(13_660_000 / 40);
  });

  it('lists the top units and products', async () => {
    const u = await t.get('/api/umkm/upt?year=2025&limit=2');
    expect(u.body.total).toBe(4);
    expect(u.body.rows.map((x: any) => [x.upt_code, x.revenue_idr])).toEqual([
      ['JKT-LAPAS-C', 15_100_000],
      ['RIAU-LAPAS-A', 9_810_000],
    ]);
    // A: 1070.5 kg over 2 months; 10 + 6 + 12 + 6 inmate-months over the year's 2 months.
    expect(u.body.rows[1]).toMatchObject({ food_kg: 1070.5, inmate_months: 34, inmates_avg: 17 });
    const perInmate = await t.get('/api/umkm/upt?year=2025&sort=revenue_per_inmate&limit=1');
    // B: 3,850,000 over 3 + 3 inmate-months, the most per inmate.
    expect(perInmate.body.rows[0]).toMatchObject({ upt_code: 'RIAU-RUTAN-B', revenue_per_inmate: 3_850_000 / 6 });
    const p = await t.get('/api/umkm/products?year=2025&limit=3');
    expect(p.body.rows.map((x: any) => [x.product, x.quantity, x.revenue_idr])).toEqual([
      ['Roti', 2700, 13_500_000],
      ['Lele', 270.5, 5_410_000],
      ['Padi', 800, 4_400_000],
    ]);
    // One category: only A farms fish (Lele 2,410,000 + 3,000,000 over 6 + 6 inmate-months).
    const fish = await t.get('/api/umkm/upt?year=2025&category=PERIKANAN');
    expect(fish.body).toMatchObject({ total: 1, rows: [{ upt_code: 'RIAU-LAPAS-A', revenue_idr: 5_410_000, inmate_months: 12, food_kg: 270.5 }] });
    const fishKanwil = await t.get('/api/umkm/kanwil?year=2025&category=PERIKANAN');
    expect(fishKanwil.body.rows).toEqual([expect.objectContaining({ kanwil: 'Riau', units: 1, revenue_idr: 5_410_000 })]);
    const search = await t.get('/api/umkm/upt?year=2025&q=rutan&kanwil=Riau');
    expect(search.body).toMatchObject({ total: 1, rows: [{ upt_code: 'RIAU-RUTAN-B' }] });
    const h = await t.get('/api/umkm/upt/RIAU-RUTAN-B');
    expect(h.body.rows.map((x: any) => x.revenue_idr)).toEqual([2_100_000, 1_750_000]);
  });
});

describe('GET /api/umkm/food', () => {
  it('gives food output in kg per year and commodity with the year-on-year change', async () => {
    const r = await t.get('/api/umkm/food');
    expect(r.body.years).toEqual([
      { year: 2024, kg: 500, prev_kg: null, kg_change_pct: null, heads: 0 },
      { year: 2025, kg: 1070.5, prev_kg: 500, kg_change_pct: (100 * 570.5) / 500, heads: 0 },
    ]);
    const padi = r.body.rows.find((x: any) => x.year === 2025 && x.product === 'Padi');
    expect(padi).toMatchObject({ quantity: 800, prev_quantity: 500, change_pct: 60 });
    const lele = r.body.rows.find((x: any) => x.year === 2025 && x.product === 'Lele');
    expect(lele).toMatchObject({ quantity: 270.5, prev_quantity: null, change_pct: null });
    // Gorontalo runs no food programme.
    expect((await t.get('/api/umkm/food?kanwil=Gorontalo')).body).toEqual({ years: [], rows: [] });
  });
});

describe('GET /api/umkm/export', () => {
  it('exports the categories as XLSX and the food table as CSV, each on the audit trail', async () => {
    const before = await t.services.audit.query({ action: 'umkm.export', limit: 10, offset: 0 });
    const x = await t.app.request('/api/umkm/export?dataset=categories&format=xlsx&year=2025', { headers: { cookie: await t.login('planner') } });
    expect(x.headers.get('content-type')).toMatch(/spreadsheetml/);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await x.arrayBuffer()) as any);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(6);
    expect(ws.getRow(2).getCell(1).value).toBe('MAKANAN_MINUMAN');
    expect(ws.getRow(2).getCell(3).value).toBe(2_025_000);
    const c = await t.get('/api/umkm/export?dataset=food');
    expect(
      c.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')[1],
    ).toBe('2025,PERTANIAN,Padi,kg,800,500,60');
    const after = await t.services.audit.query({ action: 'umkm.export', limit: 10, offset: 0 });
    expect(after.total).toBe(before.total + 2);
    expect(after.rows.map((r) => r.target).sort()).toEqual(['categories.xlsx', 'food.csv']);
  });

  it('keeps researchers and supervisors out', async () => {
    expectError(await t.get('/api/umkm/summary', { as: 'researcher' }), 403);
    expectError(await t.get('/api/umkm/food', { as: 'supervisor' }), 403);
  });
});
