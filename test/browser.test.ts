import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { FIXTURE_SEED } from './helpers/app.ts';
import { launchBrowser } from './helpers/browser.ts';
import { startServer, type Started } from './helpers/server.ts';

let server: Started;
let browser: Browser;
const idNumber = (n: number) => new Intl.NumberFormat('id-ID').format(n);

beforeAll(async () => {
  server = await startServer({ LENTERA_DB: ':memory:', LENTERA_SEED_DIR: FIXTURE_SEED }, ['npx', 'tsx', 'server/main.ts']);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page that records console errors and failed requests. */
async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}${path}`);
  return { page, errors };
}

describe('the occupancy page in Chromium', () => {
  it('shows KPI numbers that match the API and draws its charts', async () => {
    const summary = (await (await fetch(`${server.url}/api/occupancy/summary`)).json()) as any;
    const { page, errors } = await openPage('/hunian');
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
    await page.close();
  });

  it('filters the table by clicking a Kanwil and keeps the filter in the URL', async () => {
    const { page, errors } = await openPage('/hunian');
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
    await expect.poll(() => page.getByTestId('kpi-residents').textContent()).toContain(idNumber(237));
    // Reloading the shared URL restores the same view.
    await page.reload();
    await expect.poll(() => page.getByTestId('upt-row').count(), { timeout: 10_000 }).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
