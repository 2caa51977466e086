// The litmas workflow in Chromium, end to end with the offline drafter: a PK creates a
// diversi case, records facts, drafts, edits, decides, is refused a submit with the gaps
// listed by section, completes the facts and submits; the Kepala Bapas checks each flag
// with a reason, writes his own note, confirms the approval in a dialog; the DOCX
// downloads with his note in it.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ADMIN_PASSWORD, FIXTURE_SEED } from './helpers/app.ts';
import { type ExpectedFailure, FIRST_ME, launchBrowser, recordErrors } from './helpers/browser.ts';
import { startServer, type Started } from './helpers/server.ts';

const BAPAS = 'JKT-BAPAS-D';
const PK = { username: 'pk.sari', password: 'pk.sari-password-123', display_name: 'Sari Wulandari', role: 'researcher' };
const HEAD = { username: 'kabapas.budi', password: 'kabapas.budi-password-123', display_name: 'Budi Hartono', role: 'supervisor' };

let server: Started;
let browser: Browser | undefined;
let launchError: unknown;

/** A session cookie of a user, through the real login endpoint. */
async function cookieOf(username: string, password: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0];
}

/** A request to the API as the holder of `cookie`; fails the test on an error status. */
async function api<T = any>(cookie: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: server.url, cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  expect(res.status, text).toBeLessThan(300);
  return (text.startsWith('{') ? JSON.parse(text) : text) as T;
}

/** The rest of a diversi case's facts, as a PK records them: with these, nothing the kind requires is missing. */
const BIRTH_DATE = '2010-06-14';
const MORE_FACTS = {
  family: [{ name: 'Suparman', relation: 'ayah', age: 47, occupation: 'Sopir angkot' }],
  life_history: { childhood: 'Anak kedua dari tiga bersaudara.', education: 'Kelas IX SMP.', behaviour: 'Dikenal sopan di lingkungannya.' },
  family_condition: { relations: 'Hubungan dengan orang tua baik.', economy: 'Ayah bekerja sebagai sopir angkot.' },
  social_environment: { description: 'Permukiman padat di Jakarta Pusat.' },
  offence: { articles: ['Pasal 362 KUHP'], offence_date: '2025-03-03' },
  responses: { client: 'Klien menyesal.', victim: 'Korban bersedia berdamai bila telepon dikembalikan.' },
  sources: [{ kind: 'wawancara', description: 'Wawancara dengan klien dan ayahnya', date: '2025-03-05' }],
};
const ASSESSMENT = {
  rri: {
    usia_saat_ini: 2,
    usia_pertama_ditangkap: 2,
    riwayat_pidana: 0,
    pelanggaran_pembinaan: 0,
    jenis_tindak_pidana: 1,
    penggunaan_napza: 0,
    pendidikan: 0,
    pekerjaan: 0,
    keluarga: 0,
    pergaulan: 1,
  },
  needs: { relasi_sosial: 'sedang' },
};

/**
 * A submitted case of the PK, made through the API as the browser would make it: facts,
 * an offline draft, a paragraph edited with a number the facts do not hold (a flag),
 * the conclusion and recommendation chosen. The reviewer's test starts from it, so it
 * does not depend on the PK's test having run first.
 */
async function submittedCase(): Promise<number> {
  const cookie = await cookieOf(PK.username, PK.password);
  const { case: created } = await api(cookie, 'POST', '/api/litmas/cases', {
    kind: 'diversi',
    request: { requester: 'Polres Metro Jakarta Pusat', letter_number: 'B/456/XI/2025' },
    facts: {
      ...MORE_FACTS,
      identity: { name: 'Dewi Lestari', nik: '3171019876543210', birth_date: BIRTH_DATE },
      offence: {
        ...MORE_FACTS.offence,
        offence_date: '2025-04-05',
        chronology: 'Pada 5 April 2025 klien mengambil sepeda motor milik tetangganya lalu mengembalikannya keesokan harinya.',
      },
    },
    assessment: ASSESSMENT,
  });
  await api(cookie, 'POST', `/api/litmas/cases/${created.id}/generate`); // the SSE stream, read to its end
  const view = await api(cookie, 'GET', `/api/litmas/cases/${created.id}`);
  const d = view.draft;
  expect(d?.content.drafter).toBe('offline');
  const sections = d.content.sections.map((sec: any, i: number) => ({
    key: sec.key,
    paragraphs: sec.paragraphs.map((p: any, j: number) => ({ ...p, text: i === 0 && j === 0 ? `${p.text} Disaksikan 9 orang.` : p.text })),
  }));
  const decisions = { kesimpulan: d.content.options.kesimpulan[0].text, rekomendasi: d.content.options.rekomendasi[0].text };
  await api(cookie, 'PUT', `/api/litmas/cases/${created.id}/draft`, { base_version: d.version_no, sections, decisions });
  await api(cookie, 'POST', `/api/litmas/cases/${created.id}/submit`, { comment: null });
  return created.id;
}

beforeAll(async () => {
  server = await startServer({ LENTERA_DB: ':memory:', LENTERA_SEED_DIR: FIXTURE_SEED, LENTERA_ADMIN_PASSWORD: ADMIN_PASSWORD }, [
    'node',
    '--import',
    'tsx',
    'server/main.ts',
  ]);
  // When Chromium cannot start, every test fails with the reason (never skipped).
  browser = await launchBrowser().catch((e: unknown) => {
    launchError = e;
    return undefined;
  });
  const cookie = await cookieOf('admin', ADMIN_PASSWORD);
  for (const u of [PK, HEAD]) {
    const res = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, cookie },
      body: JSON.stringify({ ...u, bapas_code: BAPAS }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * A fresh browser session (own cookies) that records console errors, signed in as `user`;
 * a test adds the failures it provokes on purpose to `expected`.
 */
async function signIn(user: { username: string; password: string }): Promise<{ page: Page; errors: string[]; expected: ExpectedFailure[] }> {
  if (!browser) throw new Error(`Chromium did not start: ${String(launchError)}`);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const page = await context.newPage();
  // The app asks /api/auth/me before sign-in: that 401 is expected.
  const expected: ExpectedFailure[] = [FIRST_ME];
  const errors = recordErrors(page, expected);
  await page.goto(`${server.url}/`);
  await page.getByTestId('login-username').fill(user.username);
  await page.getByTestId('login-password').fill(user.password);
  await page.getByTestId('login-submit').click();
  // Litmas is the home of the PK and the Kepala Bapas.
  await page.waitForURL(/\/litmas$/, { timeout: 15_000 });
  return { page, errors, expected };
}

const state = (page: Page, testid: string) => page.getByTestId(testid).getAttribute('data-state');

describe('litmas in Chromium', () => {
  it('lets the PK create a diversi case, record facts, draft, edit, decide and submit', async () => {
    const { page, errors, expected } = await signIn(PK);
    await page.getByTestId('new-case').click();
    await expect.poll(() => page.getByTestId('new-kind').inputValue(), { timeout: 10_000 }).toBe('diversi');
    await page.getByTestId('new-requester').fill('Polres Metro Jakarta Pusat');
    await page.getByTestId('new-letter-number').fill('B/123/XI/2025');
    await page.getByTestId('new-create').click();
    await page.getByTestId('case-heading').waitFor({ timeout: 15_000 });
    expect(page.url().replace(/\?.*$/, '')).toMatch(/\/litmas\/\d+$/);
    // Diversi is due 72 hours after the request was received.
    expect(await page.getByTestId('due-left').first().textContent()).toMatch(/sisa 7[12] jam/);

    // Facts: a wrong NIK is caught before anything is sent; then name, NIK and chronology autosave.
    await page.getByTestId('fact-identity.name').fill('Andi Pratama');
    await page.getByTestId('fact-identity.nik').fill('12345');
    await expect.poll(() => state(page, 'save-status')).toBe('invalid');
    expect(await page.getByTestId('field-error').first().textContent()).toContain('16 digit');
    await page.getByTestId('fact-identity.nik').fill('3171012345678901');
    await page
      .getByTestId('fact-offence.chronology')
      .fill('Pada 3 Maret 2025 klien bersama dua temannya mengambil telepon genggam milik korban di dekat sekolah.');
    await expect.poll(() => state(page, 'save-status'), { timeout: 10_000 }).toBe('saved');
    expect(await page.getByTestId('save-status').textContent()).toMatch(/Tersimpan \d{2}\.\d{2}/);

    // Draft with the offline drafter: sections appear, facts cited as chips.
    await page.getByTestId('tab-draf').click();
    expect(await page.getByTestId('drafter-label').getAttribute('data-kind')).toBe('offline');
    expect(await page.getByTestId('drafter-label').textContent()).toContain('tidak ada data yang keluar dari server');
    await page.getByTestId('generate').click();
    await page.getByTestId('draft-section').first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('draft-section').count()).toBe(9);
    expect(await page.getByTestId('draft-version').textContent()).toContain('1');
    await expect.poll(() => page.locator('[data-fact="identity.nik"]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('decision-kesimpulan-text').inputValue()).toBe(''); // never pre-selected

    // Edit a paragraph (with a number the facts do not hold: flagged), then decide.
    const para = page.getByTestId('paragraph-riwayat_tindak_pidana-0');
    await para.fill(`${await para.inputValue()} Kejadian disaksikan 7 orang.`);
    await expect.poll(() => page.getByTestId('draft-version').textContent(), { timeout: 10_000 }).toContain('2');
    await expect.poll(() => page.locator('[data-testid="flag"][data-kind="number"]').count()).toBeGreaterThan(0);
    await page.getByTestId('decision-kesimpulan-option-0').check();
    await page.getByTestId('decision-rekomendasi-option-0').check();
    expect(await page.getByTestId('decision-kesimpulan-text').inputValue()).toMatch(/^Berdasarkan fakta/);
    await expect.poll(() => state(page, 'draft-save-status'), { timeout: 10_000 }).toBe('saved');
    await expect.poll(() => page.getByTestId('draft-version').textContent()).toContain('3');

    // Submit: refused, with every gap listed under its section's title.
    expected.push({ path: /\/api\/litmas\/cases\/\d+\/submit$/, status: 400 });
    await page.getByTestId('tab-tinjauan').click();
    await page.getByTestId('submit-case').click();
    await page.getByTestId('readiness').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('readiness').textContent()).toMatch(/Belum dapat diajukan: \d+ hal perlu dilengkapi/);
    const sections = await page.getByTestId('readiness-section').evaluateAll((els) => els.map((e) => e.getAttribute('data-section')));
    expect(sections).toEqual(expect.arrayContaining(['identitas', 'sumber_informasi', 'riwayat_tindak_pidana', 'tanggapan']));
    const sumber = page.locator('[data-testid="readiness-section"][data-section="sumber_informasi"]');
    expect(await sumber.textContent()).toContain('Sumber Informasi');
    expect(await sumber.textContent()).toContain('data perlu dilengkapi: sumber informasi (wawancara dan dokumen)');
    expect(await page.locator('[data-testid="readiness-section"][data-section="identitas"]').textContent()).toContain(
      'fakta wajib belum diisi: Tanggal lahir klien',
    );
    expect(await page.getByTestId('status-badge').getAttribute('data-status')).toBe('draft');
    // Each gap leads to where it is fixed: the paragraph in the Draf tab.
    await sumber.getByTestId('readiness-go').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('draf');
    const gap = page.getByTestId('paragraph-sumber_informasi-0');
    await expect.poll(() => gap.evaluate((el: any) => el === el.ownerDocument.activeElement)).toBe(true);
    expect(await gap.inputValue()).toContain('[PERLU DATA: sumber informasi');

    // The PK completes the facts (as the form would save them), drafts again, decides and submits.
    const cookie = await cookieOf(PK.username, PK.password);
    const id = Number(/\/litmas\/(\d+)/.exec(page.url())![1]);
    const { case: rec } = await api(cookie, 'GET', `/api/litmas/cases/${id}`);
    await api(cookie, 'PATCH', `/api/litmas/cases/${id}`, {
      revision: rec.revision,
      facts: {
        ...rec.facts,
        ...MORE_FACTS,
        identity: { ...rec.facts.identity, birth_date: BIRTH_DATE },
        offence: { ...rec.facts.offence, ...MORE_FACTS.offence },
      },
      assessment: ASSESSMENT,
    });
    await page.reload();
    await page.getByTestId('generate').click();
    await expect.poll(() => page.getByTestId('draft-version').textContent(), { timeout: 20_000 }).toContain('4');
    await page.getByTestId('decision-kesimpulan-option-0').check();
    await page.getByTestId('decision-rekomendasi-option-0').check();
    await expect.poll(() => page.getByTestId('draft-version').textContent(), { timeout: 10_000 }).toContain('5');
    await page.getByTestId('tab-tinjauan').click();
    await page.getByTestId('submit-case').click();
    await expect.poll(() => page.getByTestId('status-badge').getAttribute('data-status'), { timeout: 10_000 }).toBe('submitted');
    expect(await page.getByTestId('review-entry').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets the Kepala Bapas check each flag with a reason, add his note, and approve after confirming; the DOCX carries his note', async () => {
    const id = await submittedCase();
    const { page, errors } = await signIn(HEAD);
    const row = page.locator(`[data-testid="case-row"][data-id="${id}"]`);
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getByTestId('status-badge').getAttribute('data-status')).toBe('submitted');
    await row.getByTestId('case-link').click();
    await page.getByTestId('case-heading').waitFor();

    // The PK's decisions are his to read, not to edit.
    await page.getByTestId('tab-draf').click();
    expect(await page.getByTestId('decision-kesimpulan-text').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('decisions-pk-only').textContent()).toContain('keputusan PK');

    // Each flag in words, checked one at a time with a reason; there is no "mark all".
    await page.getByTestId('tab-tinjauan').click();
    const open = page.getByTestId('open-flag');
    await open.first().waitFor();
    expect(await page.getByTestId('ack-all').count()).toBe(0);
    expect(await open.first().textContent()).toMatch(/angka “9” — angka ini tidak ada di fakta yang dikutip/);
    await open.first().getByTestId('flag-ack').click(); // no reason yet
    expect(await open.first().locator('.field-error').textContent()).toContain('paling sedikit 10 karakter');
    const reasons: string[] = [];
    for (let n = await open.count(); n > 0; n = await open.count()) {
      const reason = `Sesuai BAP halaman ${n}: jumlah saksi diperiksa.`;
      reasons.push(reason);
      await open.first().getByTestId('flag-reason').fill(reason);
      await open.first().getByTestId('flag-ack').click();
      await expect.poll(() => open.count(), { timeout: 10_000 }).toBe(n - 1);
    }
    expect(await page.getByTestId('acked-reason').allTextContents()).toEqual(reasons.map((r) => `Alasan: ${r}`));

    // His own note, saved as his.
    const note = 'Saya meminta pendampingan psikolog selama masa diversi.';
    await page.getByTestId('supervisor-note-text').fill(note);
    await page.getByTestId('supervisor-note-save').click();
    await page.getByTestId('supervisor-note').getByRole('status').waitFor({ timeout: 10_000 });

    // Approval asks first, listing what is approved.
    await page.getByTestId('approve-case').click();
    const dialog = page.getByTestId('approve-dialog');
    await dialog.waitFor();
    const version = Number(await page.getByTestId('approve-version').textContent());
    expect(await page.getByTestId('approve-kesimpulan').textContent()).toMatch(/^Berdasarkan fakta/);
    expect(await page.getByTestId('approve-note').textContent()).toBe(note);
    expect(await dialog.textContent()).toContain(`${reasons.length} sudah diperiksa`);
    expect(await page.getByTestId('status-badge').getAttribute('data-status')).toBe('submitted'); // nothing yet
    const [approved] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/approve')), page.getByTestId('approve-confirm').click()]);
    expect(approved.status(), await approved.text()).toBe(200);
    expect(JSON.parse(approved.request().postData()!)).toMatchObject({ version });
    await expect.poll(() => page.getByTestId('status-badge').getAttribute('data-status'), { timeout: 10_000 }).toBe('final');
    expect(await page.getByTestId('final-note').isVisible()).toBe(true);
    expect(await page.getByTestId('supervisor-note-shown').textContent()).toBe(note);

    // Final: read-only everywhere.
    await page.getByTestId('tab-fakta').click();
    expect(await page.getByTestId('fact-identity.name').getAttribute('readonly')).not.toBeNull();

    await page.getByTestId('tab-dokumen').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('docx-link').click()]);
    const file = await readFile((await download.path())!);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(download.suggestedFilename()).toMatch(/^litmas-\d+-diversi\.docx$/);
    const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
    const at = xml.indexOf('CATATAN KEPALA BAPAS');
    expect(at).toBeGreaterThan(0);
    expect(xml.indexOf(note, at)).toBeGreaterThan(at);
    expect(xml.indexOf(HEAD.display_name, at)).toBeGreaterThan(at); // signed by him
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
