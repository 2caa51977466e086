import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN_PASSWORD, FIXTURE_SEED } from './helpers/app.ts';
import { FIRST_ME, launchBrowser, newContext, recordErrors, signIn } from './helpers/browser.ts';
import { startServer, type Started } from './helpers/server.ts';

let server: Started;
let browser: Browser;
const contexts: BrowserContext[] = [];
const idNumber = (n: number) => new Intl.NumberFormat('id-ID').format(n);

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

/** Opens a path in a new context, signs in as admin through the UI, and records console errors. */
async function openSignedIn(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  const errors = recordErrors(page, [FIRST_ME]);
  await page.goto(`${server.url}${path}`);
  await signIn(page, 'admin', ADMIN_PASSWORD);
  return { page, errors };
}

describe('the occupancy page in Chromium', () => {
  it('shows KPI numbers that match the API and draws its charts', async () => {
    const { page, errors } = await openSignedIn('/hunian');
    // The same numbers through the API, with the session cookie of the UI sign-in.
    const res = await page.request.get(`${server.url}/api/occupancy/summary`);
    expect(res.status()).toBe(200);
    const summary = (await res.json()) as { residents: number; capacity: number; overcrowding_pct: number };
    const residents = page.getByTestId('kpi-residents');
    await expect.poll(() => residents.textContent(), { timeout: 15_000 }).toContain(idNumber(summary.residents));
    expect(await page.getByTestId('kpi-capacity').textContent()).toContain(idNumber(summary.capacity));
    const pct = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(summary.overcrowding_pct);
    expect(await page.getByTestId('kpi-overcrowding').textContent()).toContain(pct);
    for (const chart of ['chart-trend', 'chart-kanwil', 'chart-map']) {
      await page.getByTestId(chart).locator('canvas').first().waitFor({ timeout: 15_000 });
    }
    await page.getByTestId('upt-row').first().waitFor();
    expect(await page.getByTestId('upt-row').count()).toBe(5);
    expect(errors).toEqual([]);
  });

  it('filters the table by clicking a Kanwil and keeps the filter in the URL', async () => {
    const { page, errors } = await openSignedIn('/hunian');
    await page.getByTestId('upt-row').first().waitFor({ timeout: 15_000 });
    const drill = page.locator('[data-testid="kanwil-drill"][data-kanwil="Riau"]');
    if (!(await drill.isVisible())) {
      // The drill buttons live in the bar chart's table view.
      await page.getByTestId('chart-kanwil-table-toggle').click();
    }
    await drill.click();
    await expect.poll(() => page.getByTestId('upt-row').count(), { timeout: 10_000 }).toBe(2);
    const codes = await page.getByTestId('upt-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(codes.sort()).toEqual(['RIAU-LAPAS-A', 'RIAU-RUTAN-B']);
    expect(new URL(page.url()).searchParams.get('kanwil')).toBe('Riau');
    await expect.poll(() => page.getByTestId('kpi-residents').textContent(), { timeout: 10_000 }).toContain(idNumber(237));
    // Reloading the shared URL restores the same view (the session cookie survives it).
    await page.reload();
    await expect.poll(() => page.getByTestId('upt-row').count(), { timeout: 10_000 }).toBe(2);
    expect(errors).toEqual([]);
  });

  it("opens a unit's history from the table: chart drawn, its numbers as a table, newest first", async () => {
    const { page, errors } = await openSignedIn('/hunian');
    const row = page.locator('[data-testid="upt-row"][data-code="RIAU-LAPAS-A"]');
    await row.waitFor({ timeout: 15_000 });
    // Keyboard first (a row is focusable and opens on Enter), as a keyboard user would.
    await row.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open]');
    await expect.poll(() => dialog.locator('h2').first().textContent(), { timeout: 10_000 }).toContain('Pekanbaru');
    await dialog.getByTestId('chart-upt-history').locator('canvas').first().waitFor({ timeout: 10_000 });
    await dialog.getByTestId('chart-upt-history-table-toggle').click();
    const cells = await dialog
      .locator('.chart-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 2).map((c) => c.textContent?.trim())));
    // The fixture's month-end points of this unit (residents: 110, 170, 180), newest first, dates in Indonesian.
    expect(cells).toEqual([
      ['31 Des 2025', '180'],
      ['30 Nov 2025', '170'],
      ['31 Des 2024', '110'],
    ]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
