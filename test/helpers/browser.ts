import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, launched as CI can run it. Throws (never skips) when it cannot start. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/** A fresh browser context (no cookies) at the size the app is designed for. */
export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
}

/** A request the test provokes on purpose: the browser logs its failure as a console error. */
export interface ExpectedFailure {
  path: string | RegExp;
  status: number;
}

/**
 * Records console errors and page errors, except the failed requests listed in
 * `expected` (matched on path and status; the list may grow as a test goes on).
 */
export function recordErrors(page: Page, expected: ExpectedFailure[] = []): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const status = Number(/status of (\d{3})/.exec(m.text())?.[1]);
    const url = m.location().url;
    const path = url ? new URL(url).pathname : '';
    const known = expected.some((e) => e.status === status && (typeof e.path === 'string' ? e.path === path : e.path.test(path)));
    if (!known) errors.push(`${m.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** The 401 of the app's first "who am I?" question, before anyone has signed in. */
export const FIRST_ME: ExpectedFailure = { path: '/api/auth/me', status: 401 };

/** Signs in through the sign-in page (already open) and waits for the signed-in header. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor({ timeout: 15_000 });
}
