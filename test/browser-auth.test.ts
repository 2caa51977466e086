// Sign-in, roles, user management, the audit trail and API tokens, through the web app in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN_PASSWORD, FIXTURE_SEED } from './helpers/app.ts';
import { FIRST_ME, launchBrowser, newContext, recordErrors, signIn, type ExpectedFailure } from './helpers/browser.ts';
import { startServer, type Started } from './helpers/server.ts';

let server: Started;
let browser: Browser;
const contexts: BrowserContext[] = [];
// Made through the API before the tests, so that each test stands alone (in any order).
const PLANNER = { username: 'perencana', password: 'perencana-sandi-123', name: 'Rina Perencana' };
const RESEARCHER = { username: 'pk.jakpus', password: 'peneliti-sandi-123', name: 'Budi Peneliti' };
// Made by the admin on the Pengguna page, in its own test.
const NEW_PLANNER = { username: 'perencana.dua', password: 'perencana-dua-123', name: 'Sari Perencana' };
const NEW_RESEARCHER = { username: 'pk.jaksel', password: 'peneliti-dua-123', name: 'Dedi Peneliti' };

/** Signs in through the API and returns the session cookie. */
async function apiLogin(username: string, password: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0];
}

beforeAll(async () => {
  server = await startServer({ LENTERA_DB: ':memory:', LENTERA_SEED_DIR: FIXTURE_SEED, LENTERA_ADMIN_PASSWORD: ADMIN_PASSWORD }, [
    'node',
    '--import',
    'tsx',
    'server/main.ts',
  ]);
  browser = await launchBrowser();
  const cookie = await apiLogin('admin', ADMIN_PASSWORD);
  for (const [u, role, bapas_code] of [
    [PLANNER, 'planner', null],
    [RESEARCHER, 'researcher', 'JKT-BAPAS-D'],
  ] as const) {
    const res = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, cookie },
      body: JSON.stringify({ username: u.username, display_name: u.name, role, bapas_code, password: u.password }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

/** A new context (no cookies) at `path`, recording console errors but the expected ones. */
async function open(path: string, expected: ExpectedFailure[] = []) {
  const context = await newContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  const allowed = [FIRST_ME, ...expected];
  const errors = recordErrors(page, allowed);
  await page.goto(`${server.url}${path}`);
  return { page, errors, allowed };
}

const row = (page: Page, testid: string, attrs: Record<string, string>) =>
  page.locator(
    `[data-testid="${testid}"]${Object.entries(attrs)
      .map(([k, v]) => `[data-${k}="${v}"]`)
      .join('')}`,
  );

async function createUser(page: Page, u: { username: string; password: string; name: string }, role: string, bapas?: string) {
  await page.getByTestId('user-add').click();
  await page.getByTestId('user-username').fill(u.username);
  await page.getByTestId('user-display-name').fill(u.name);
  await page.getByTestId('user-role').selectOption(role);
  if (bapas) await page.getByTestId('user-bapas').selectOption(bapas);
  await page.getByTestId('user-password').fill(u.password);
  await page.getByTestId('user-submit').click();
  await row(page, 'user-row', { username: u.username }).waitFor({ timeout: 10_000 });
}

describe('sign-in and roles in Chromium', () => {
  it('shows the sign-in page first and a clear error for a wrong password', async () => {
    const { page, errors } = await open('/', [{ path: '/api/auth/login', status: 401 }]);
    await page.getByTestId('login-username').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('login-username').getAttribute('autocomplete')).toBe('username');
    expect(await page.getByTestId('login-password').getAttribute('autocomplete')).toBe('current-password');
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent(), { timeout: 10_000 }).toContain('Nama pengguna atau kata sandi salah');
    expect(await page.getByTestId('user-menu').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lets the admin create a planner and a researcher on the Pengguna page, then sign out', async () => {
    const { page, errors, allowed } = await open('/');
    await signIn(page, 'admin', ADMIN_PASSWORD);
    expect(await page.getByTestId('user-menu').textContent()).toContain('Admin');
    await page.getByTestId('nav-pengguna').click();
    await row(page, 'user-row', { username: 'admin' }).waitFor();

    await createUser(page, NEW_PLANNER, 'planner');
    // A researcher needs a Bapas: the form says so next to the field before sending.
    await page.getByTestId('user-add').click();
    await page.getByTestId('user-role').selectOption('researcher');
    await page.getByTestId('user-submit').click();
    await expect.poll(() => page.locator('dialog [data-testid="field-error"]').allTextContents()).toContain('Pilih Bapas untuk peran ini.');
    await page.getByRole('button', { name: 'Batal' }).click();
    await createUser(page, NEW_RESEARCHER, 'researcher', 'JKT-BAPAS-D');
    expect(await row(page, 'user-row', { username: NEW_RESEARCHER.username }).textContent()).toContain('Peneliti (PK)');

    // A taken username comes back from the server (409) as a field error.
    allowed.push({ path: '/api/users', status: 409 });
    await page.getByTestId('user-add').click();
    await page.getByTestId('user-username').fill(PLANNER.username);
    await page.getByTestId('user-display-name').fill('Orang Lain');
    await page.getByTestId('user-password').fill('sandi-lain-12345');
    await page.getByTestId('user-submit').click();
    await expect
      .poll(() => page.locator('dialog [data-testid="field-error"]').allTextContents(), { timeout: 10_000 })
      .toContain('Nama pengguna ini sudah dipakai.');
    await page.keyboard.press('Escape');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    // Signing out draws the sign-in form in the old page, then loads '/': wait for the new page.
    await page.waitForURL((u) => u.pathname === '/', { timeout: 10_000 });
    await page.getByTestId('login-username').waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(errors).toEqual([]);
  });

  it('shows the planner Hunian but not Pengguna or Audit, and refuses the users page', async () => {
    const { page, errors, allowed } = await open('/');
    await signIn(page, PLANNER.username, PLANNER.password);
    expect(await page.getByTestId('user-menu').textContent()).toContain('Perencana');
    await page.getByTestId('nav-hunian').waitFor();
    expect(await page.getByTestId('nav-pengguna').count()).toBe(0);
    expect(await page.getByTestId('nav-audit').count()).toBe(0);

    allowed.push({ path: '/api/users', status: 403 }, { path: '/api/users/bapas', status: 403 });
    expect((await page.request.get(`${server.url}/api/users`)).status()).toBe(403);
    await page.goto(`${server.url}/pengguna`);
    await page.getByTestId('no-access').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('no-access').textContent()).toContain('Tidak ada akses');
    expect(await page.getByTestId('user-row').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows the researcher no Hunian link and starts on a page of its role', async () => {
    const { page, errors } = await open('/');
    await signIn(page, RESEARCHER.username, RESEARCHER.password);
    // No dashboard for this role: the overview sends it to its own start page.
    await page.waitForURL((u) => u.pathname !== '/', { timeout: 10_000 });
    expect(await page.getByTestId('user-menu').textContent()).toContain('Peneliti (PK)');
    expect(await page.getByTestId('nav-hunian').count()).toBe(0);
    expect(await page.getByTestId('nav-home').count()).toBe(0);
    expect(await page.getByTestId('nav-pengguna').count()).toBe(0);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('account-link').click();
    await expect.poll(() => page.getByTestId('account-who').textContent()).toContain('JKT-BAPAS-D');
    expect(errors).toEqual([]);
  });

  it("lists the planner's sign-in on the admin's Audit page, with the filters in the URL", async () => {
    await apiLogin(PLANNER.username, PLANNER.password); // a sign-in of its own on the trail
    const { page, errors } = await open('/');
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-row').first().waitFor({ timeout: 10_000 });
    await page.getByTestId('audit-user').fill(PLANNER.username);
    await page.getByTestId('audit-action').fill('auth.login');
    await page.getByTestId('audit-apply').click();
    // The planner's sign-in is in the unfiltered list too: wait for the filtered list itself.
    const usernames = async () => [...new Set(await page.getByTestId('audit-row').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-username'))))];
    await expect.poll(usernames, { timeout: 10_000 }).toEqual([PLANNER.username]);
    const planner = row(page, 'audit-row', { action: 'auth.login', username: PLANNER.username, outcome: 'success' });
    expect(await planner.first().textContent()).toContain('Berhasil');
    const q = new URL(page.url()).searchParams;
    expect([q.get('user'), q.get('action')]).toEqual([PLANNER.username, 'auth.login']);
    const exportHref = new URL((await page.getByTestId('audit-export').getAttribute('href'))!, server.url);
    expect(exportHref.pathname).toBe('/api/audit/export');
    expect(exportHref.searchParams.get('user')).toBe(PLANNER.username);
    expect(exportHref.searchParams.get('action')).toBe('auth.login');
    // A reload keeps the filter and the form shows it.
    await page.reload();
    await planner.first().waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('audit-user').inputValue()).toBe(PLANNER.username);
    expect(errors).toEqual([]);
  });

  it('creates an API token on the Akun page that is shown once, revokes it, and ends an expired session', async () => {
    const { page, errors, allowed } = await open('/');
    await signIn(page, PLANNER.username, PLANNER.password);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('account-link').click();
    await page.getByTestId('token-name').fill('skrip laporan');
    await page.getByTestId('token-create').click();
    await page.getByTestId('token-once').waitFor({ timeout: 10_000 });
    const secret = await page.getByTestId('token-secret').inputValue();
    expect(secret).toMatch(/^lnt_/);
    const me = await fetch(`${server.url}/api/auth/me`, { headers: { authorization: `Bearer ${secret}` } });
    expect(((await me.json()) as { user: { username: string } }).user.username).toBe(PLANNER.username);
    await row(page, 'token-row', { name: 'skrip laporan' }).waitFor();
    await page.getByTestId('token-done').click();
    expect(await page.getByTestId('token-once').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    await page.reload();
    await row(page, 'token-row', { name: 'skrip laporan' }).waitFor({ timeout: 10_000 });
    expect(await page.content()).not.toContain(secret);

    // Revoking asks first; afterwards the token no longer opens the API.
    await row(page, 'token-row', { name: 'skrip laporan' }).getByTestId('token-revoke').click();
    await page.getByTestId('confirm').click();
    await expect.poll(() => row(page, 'token-row', { name: 'skrip laporan' }).textContent(), { timeout: 10_000 }).toContain('Dicabut');
    const revoked = await fetch(`${server.url}/api/auth/me`, { headers: { authorization: `Bearer ${secret}` } });
    expect(revoked.status).toBe(401);

    // The wrong current password is named next to its field.
    allowed.push({ path: '/api/auth/password', status: 400 });
    await page.getByTestId('pw-current').fill('bukan-sandi-ini');
    await page.getByTestId('pw-new').fill('sandi-baru-12345');
    await page.getByTestId('pw-confirm').fill('sandi-baru-12345');
    await page.getByTestId('pw-submit').click();
    await expect.poll(() => page.locator('[data-testid="field-error"]').allTextContents(), { timeout: 10_000 }).toContain('Kata sandi saat ini salah.');

    // When the session is gone, the next request returns the app to the sign-in page.
    allowed.push({ path: /^\/api\//, status: 401 });
    await page.context().clearCookies();
    await page.getByTestId('nav-hunian').click();
    await page.getByTestId('session-expired').waitFor({ timeout: 10_000 });
    await signIn(page, PLANNER.username, PLANNER.password);
    expect(new URL(page.url()).pathname).toBe('/hunian');
    expect(errors).toEqual([]);
  });
});
