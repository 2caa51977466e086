// The Remisi, UMKM and Beranda pages in Chromium on the fixture: one figure of each page
// against the API (read with the UI's own session), the Beranda's three headline figures,
// filters kept in the URL, a unit opened with the keyboard.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStale, monthEnd, todayIso } from '../web/src/modules/home/freshness.ts';
import { ADMIN_PASSWORD, FIXTURE_SEED } from './helpers/app.ts';
import { FIRST_ME, launchBrowser, newContext, recordErrors, signIn } from './helpers/browser.ts';
import { type Started, startServer } from './helpers/server.ts';

let server: Started;
let browser: Browser;
const contexts: BrowserContext[] = [];
const idInt = (n: number) => new Intl.NumberFormat('id-ID').format(n);
const idDec = (n: number) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
const idCompact = (n: number) => new Intl.NumberFormat('id-ID', { notation: 'compact', maximumFractionDigits: 1 }).format(n);

beforeAll(async () => {
  server = await startServer({ LENTERA_DB: ':memory:', LENTERA_SEED_DIR: FIXTURE_SEED, LENTERA_ADMIN_PASSWORD: ADMIN_PASSWORD }, [
    'node',
    '--import',
    'tsx',
    'server/main.ts',
  ]);
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

async function openSignedIn(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  const errors = recordErrors(page, [FIRST_ME]);
  await page.goto(`${server.url}${path}`);
  await signIn(page, 'admin', ADMIN_PASSWORD);
  return { page, errors };
}

async function apiJson(page: Page, path: string): Promise<any> {
  const res = await page.request.get(`${server.url}${path}`);
  expect(res.status()).toBe(200);
  return res.json();
}

describe('the Remisi page in Chromium', () => {
  it('shows the latest Remisi Umum as the API gives it, and draws its charts', async () => {
    const { page, errors } = await openSignedIn('/remisi');
    const s = await apiJson(page, '/api/remission/summary');
    expect(s).toMatchObject({ event: 'RU_17_AGUSTUS', year: 2025 });
    await expect.poll(() => page.getByTestId('kpi-rem-recipients').textContent(), { timeout: 15_000 }).toBe(idInt(s.recipients));
    expect(await page.getByTestId('kpi-rem-released').textContent()).toBe(idInt(s.released));
    expect(await page.getByTestId('kpi-rem-days').textContent()).toBe(idInt(s.days_saved));
    for (const chart of ['chart-rem-years', 'chart-rem-kanwil']) await page.getByTestId(chart).locator('canvas').first().waitFor({ timeout: 15_000 });
    // The matrix: 2025 × Remisi Umum holds the round's granted.
    const cell = page.locator('[data-testid="rem-matrix"] tr[data-year="2025"]');
    await expect.poll(() => cell.textContent(), { timeout: 10_000 }).toContain(idInt(s.granted));
    expect(await page.getByTestId('rem-upt-row').count()).toBe(4);
    expect(errors).toEqual([]);
  });

  it('keeps the round in the URL, ranks Kanwil per 100 prisoners, and opens a unit with the keyboard', async () => {
    const { page, errors } = await openSignedIn('/remisi');
    await page.getByTestId('kpi-rem-recipients').waitFor({ timeout: 15_000 });
    await page.getByTestId('filter-event').selectOption('RK_NATAL');
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('RK_NATAL');
    const k = await apiJson(page, '/api/remission/kanwil?event=RK_NATAL');
    await expect.poll(() => page.getByTestId('kpi-rem-per100').textContent(), { timeout: 10_000 }).toBe(idDec(k.total.per_100));
    await page.getByTestId('chart-rem-kanwil-table-toggle').click();
    const first = page.getByTestId('rem-kanwil-row').first();
    await expect.poll(() => first.getAttribute('data-kanwil'), { timeout: 10_000 }).toBe(k.rows[0].kanwil);
    expect(await first.textContent()).toContain(idDec(k.rows[0].per_100));
    // Reload: the same round.
    await page.reload();
    await expect.poll(() => page.getByTestId('kpi-rem-per100').textContent(), { timeout: 15_000 }).toBe(idDec(k.total.per_100));
    // A unit row opens its history on Enter.
    const row = page.locator('[data-testid="rem-upt-row"][data-code="RIAU-LAPAS-A"]');
    await row.focus();
    await page.keyboard.press('Enter');
    await page.locator('dialog[open]').getByText('Lapas Kelas IIA Pekanbaru').first().waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get('upt')).toBe('RIAU-LAPAS-A');
    expect(errors).toEqual([]);
  });
});

describe('the UMKM page in Chromium', () => {
  it('labels the data synthetic and shows the year as the API gives it', async () => {
    const { page, errors } = await openSignedIn('/umkm');
    expect(await page.getByTestId('umkm-synthetic').textContent()).toContain('Data sintetis');
    const s = await apiJson(page, '/api/umkm/summary');
    await expect.poll(() => page.getByTestId('kpi-umkm-pnbp').textContent(), { timeout: 15_000 }).toBe(`Rp ${idCompact(s.pnbp_idr)}`);
    expect(await page.getByTestId('kpi-umkm-food').textContent()).toBe(idDec(s.food_kg / 1000));
    for (const chart of ['chart-umkm-monthly', 'chart-umkm-categories', 'chart-umkm-kanwil', 'chart-umkm-food']) {
      await page.getByTestId(chart).locator('canvas').first().waitFor({ timeout: 15_000 });
    }
    // The category with the most PNBP heads the category table.
    const c = await apiJson(page, '/api/umkm/categories');
    await page.getByTestId('chart-umkm-categories-table-toggle').click();
    const first = page.getByTestId('umkm-category-row').first();
    expect(await first.getAttribute('data-category')).toBe(c.rows[0].category);
    expect(await first.textContent()).toContain(idInt(c.rows[0].pnbp_idr));
    await page.getByTestId('filter-category').selectOption('JASA');
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBe('JASA');
    const jasa = await apiJson(page, '/api/umkm/summary?category=JASA');
    await expect.poll(() => page.getByTestId('kpi-umkm-pnbp').textContent(), { timeout: 10_000 }).toBe(`Rp ${idCompact(jasa.pnbp_idr)}`);
    expect(errors).toEqual([]);
  });
});

describe('the Beranda in Chromium', () => {
  it("shows each dataset's headline figure, its last date and a notice when it is old", async () => {
    const { page, errors } = await openSignedIn('/');
    const [occ, rem, umkm] = await Promise.all([
      apiJson(page, '/api/occupancy/summary'),
      apiJson(page, '/api/remission/summary?event=RU_17_AGUSTUS'),
      apiJson(page, '/api/umkm/summary?period=last12'),
    ]);
    await expect.poll(() => page.getByTestId('home-occ-residents').textContent(), { timeout: 15_000 }).toBe(idInt(occ.residents));
    await expect.poll(() => page.getByTestId('home-rem-recipients').textContent(), { timeout: 15_000 }).toBe(idInt(rem.recipients));
    expect(await page.getByTestId('home-rem-released').textContent()).toBe(idInt(rem.released));
    await expect.poll(() => page.getByTestId('home-umkm-revenue').textContent(), { timeout: 15_000 }).toBe(`Rp ${idCompact(umkm.revenue_idr)}`);
    // Each card says how old its data are, and warns when that is more than two months ago.
    const today = todayIso();
    for (const [id, last] of [
      ['home-occupancy', occ.date],
      ['home-remission', rem.latest_event_date],
      ['home-umkm', monthEnd(umkm.latest_month)],
    ] as const) {
      expect(await page.getByTestId(`${id}-last`).textContent()).toContain(new Date(`${last}T00:00:00Z`).getUTCFullYear().toString());
      expect(await page.getByTestId(`${id}-stale`).count()).toBe(isStale(last, today) ? 1 : 0);
    }
    // Each card links to its page.
    await page.getByTestId('home-remission').getByRole('link').first().click();
    await page.waitForURL((u) => u.pathname === '/remisi');
    expect(errors).toEqual([]);
  });
});
