// How the web app puts a failed request into words (web/src/lib/errorWords.ts), fed with
// real error answers of the API (the fixture app) and the app's real dictionaries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError, type Lookup, toApiError } from '../web/src/lib/errorWords.ts';
import { ApiError } from '../web/src/lib/http.ts';
import { coreEn } from '../web/src/lib/i18n/core.en.ts';
import { coreId } from '../web/src/lib/i18n/core.id.ts';
import { en as litmasEn } from '../web/src/modules/litmas/i18n.en.ts';
import { id as litmasId } from '../web/src/modules/litmas/i18n.id.ts';
import { en as occupancyEn } from '../web/src/modules/occupancy/i18n.en.ts';
import { id as occupancyId } from '../web/src/modules/occupancy/i18n.id.ts';
import { id as usersId } from '../web/src/modules/users/i18n.id.ts';
import { fixtureApp, type Res } from './helpers/app.ts';
import { CASE_INPUT } from './helpers/litmas.ts';

/** The dictionaries loaded on a page of a module, as the app merges them. */
const words =
  (...dicts: Record<string, string>[]): Lookup =>
  (key) =>
    dicts.find((d) => key in d)?.[key];

/** What the web client throws for an error answer (lib/http.ts does the same). */
const thrown = (res: Res) => new ApiError(res.status, res.body.error, res.body.details);

let app: Awaited<ReturnType<typeof fixtureApp>>;
beforeAll(async () => {
  app = await fixtureApp();
});
afterAll(() => app?.close());

describe('errors in words', () => {
  it('names the field and the reason of a refused query, with the server words a vague code needs', async () => {
    const res = await app.get('/api/occupancy/upt?date=2025-02-31&limit=0');
    expect(res.status).toBe(400);
    const id = describeError(thrown(res), 'load', words(occupancyId, coreId));
    expect(id.summary).toBe('Permintaan tidak valid.');
    expect(id.lines).toEqual(['Tanggal: nilai tidak valid (not a calendar date)', 'Baris per halaman: nilai terlalu kecil']);
    const en = describeError(thrown(res), 'load', words(occupancyEn, coreEn));
    expect(en.lines).toEqual(['Date: invalid value (not a calendar date)', 'Rows per page: value too small']);
  });

  it("says a form field's own reason next to it, and what to do as the summary", async () => {
    const res = await app.req('POST', '/api/users', {
      as: 'admin',
      body: { username: 'planner', display_name: 'Dua Kali', role: 'planner', password: 'sandi-yang-panjang-1' },
    });
    expect(res.status).toBe(409);
    const text = describeError(thrown(res), 'action', words(usersId, coreId));
    expect(text.summary).toBe('Periksa isian yang ditandai.');
    expect(text.fields).toEqual({ username: 'Nama pengguna ini sudah dipakai.' });
  });

  it('says a known server refusal in Indonesian', async () => {
    const me = await app.get('/api/auth/me', { as: 'admin' });
    const res = await app.req('PATCH', `/api/users/${me.body.user.id}`, { as: 'admin', body: { role: 'planner' } });
    expect(res.status).toBe(409);
    expect(describeError(thrown(res), 'action', words(usersId, coreId)).summary).toBe(
      'Anda tidak dapat menonaktifkan akun Anda sendiri atau menurunkan peran Anda sendiri.',
    );
  });

  it('names what a litmas submit lacks and which fact a save refused', async () => {
    const created = await app.req('POST', '/api/litmas/cases', { as: 'researcher', body: { kind: CASE_INPUT.kind, request: CASE_INPUT.request } });
    expect(created.status).toBe(201);
    const c = created.body.case;
    const lookup = words(litmasId, coreId);
    const submit = await app.req('POST', `/api/litmas/cases/${c.id}/submit`, { as: 'researcher', body: { comment: null } });
    expect(describeError(thrown(submit), 'action', lookup).lines).toEqual(['Draf: belum ada: susun draf terlebih dulu.']);
    const save = await app.req('PATCH', `/api/litmas/cases/${c.id}`, {
      as: 'researcher',
      body: { revision: c.revision, facts: { ...CASE_INPUT.facts, identity: { ...CASE_INPUT.facts.identity, nik: '3171-2345' } } },
    });
    expect(save.status).toBe(400);
    expect(describeError(thrown(save), 'action', lookup).lines).toEqual(['NIK: harus 16 digit angka.']);
    expect(describeError(thrown(save), 'action', words(litmasEn, coreEn)).lines).toEqual(['NIK: must be 16 digits.']);
  });

  it('falls back to the field as the API names it and the server words, and words statuses by context', () => {
    const odd = new ApiError(400, 'Invalid request body', { issues: [{ field: 'facts.family.0.age', code: 'weird', message: 'must be sane' }, { code: 'x' }] });
    const lookup = words(coreId);
    expect(describeError(odd, 'action', lookup).lines).toEqual(['facts.family.0.age: must be sane', '—: Nilai tidak valid.']);
    expect(describeError(new ApiError(403, 'Forbidden'), 'load', lookup).summary).toBe('Anda tidak berhak melihat data ini.');
    expect(describeError(new ApiError(403, 'Forbidden'), 'action', lookup).summary).toBe('Anda tidak berhak melakukan tindakan ini.');
    expect(describeError(new ApiError(502, 'Bad gateway'), 'load', lookup).summary).toBe('Terjadi kesalahan di server.');
    expect(describeError(new ApiError(418, 'Teapot'), 'load', lookup).summary).toBe('Terjadi kesalahan (HTTP 418).');
    const offline = toApiError(new TypeError('Failed to fetch'));
    expect([offline.status, describeError(offline, 'load', lookup).summary]).toEqual([0, 'Server tidak dapat dihubungi. Periksa koneksi Anda.']);
  });
});
