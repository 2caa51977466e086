// The review workflow's integrity, through the real HTTP API (offline drafter): a draft
// with gaps cannot be submitted or approved (each gap listed by section title); flags are
// acknowledged one at a time, each with its reason, stored and audited; the kesimpulan and
// rekomendasi stay the PK's, and the Kepala Bapas's own note prints as his; an approval
// names the version confirmed; the received date is not in the future and its changes are audited.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fixtureApp, issueFields } from './helpers/app.ts';
import { listen, readSse } from './helpers/http.ts';
import { CASE_INPUT } from './helpers/litmas.ts';

let t: Awaited<ReturnType<typeof fixtureApp>>;
let http: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  t = await fixtureApp();
  http = await listen(t.app);
});
afterAll(async () => {
  await http.close();
  t.close();
});

const view = async (id: number, as = 'researcher') => (await t.get(`/api/litmas/cases/${id}`, { as })).body;
const sectionsOf = (d: any) => d.content.sections.map((s: any) => ({ key: s.key, paragraphs: s.paragraphs }));
const DECISIONS = {
  kesimpulan: 'Klien layak dipertimbangkan untuk diversi.',
  rekomendasi: 'Diversi dengan pengembalian kepada orang tua dan pembimbingan Bapas.',
};

/** A case with an offline draft; `facts` replaces the recorded facts. */
async function drafted(input: object = CASE_INPUT): Promise<number> {
  const r = await t.req('POST', '/api/litmas/cases', { as: 'researcher', body: input });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  const cookie = await t.login('researcher');
  const events = await readSse(
    await fetch(`${http.url}/api/litmas/cases/${r.body.case.id}/generate`, { method: 'POST', headers: { cookie, origin: http.url } }),
  );
  expect(events.at(-1)!.event).toBe('done');
  return r.body.case.id;
}

/** Saves the PK's text and decisions as the next version. */
async function save(id: number, edit: (sections: any[]) => void = () => undefined, decisions: object = DECISIONS, as = 'researcher') {
  const d = (await view(id, as)).draft;
  const sections = sectionsOf(d);
  edit(sections);
  return t.req('PUT', `/api/litmas/cases/${id}/draft`, { as, body: { base_version: d.version_no, sections, decisions } });
}

/** A complete case, with a number the facts do not hold (one flag), submitted by its PK. */
async function submitted(): Promise<number> {
  const id = await drafted();
  const r = await save(id, (s) => {
    s[2].paragraphs[0].text += ' Kejadian disaksikan 43 orang.';
  });
  expect(r.status).toBe(200);
  expect((await t.req('POST', `/api/litmas/cases/${id}/submit`, { as: 'researcher', body: {} })).status).toBe(200);
  return id;
}

describe('a draft with gaps', () => {
  it('cannot be submitted: every marker, missing required fact and undecided part is listed by section title, in document order', async () => {
    const id = await drafted({ kind: 'diversi', request: { requester: 'Polres Metro Jakarta Pusat' }, facts: { identity: { name: 'Dewi Lestari' } } });
    const res = await t.req('POST', `/api/litmas/cases/${id}/submit`, { as: 'researcher', body: {} });
    const body = expectError(res, 400);
    expect(body.error).toMatch(/cannot be submitted yet: \d+ item\(s\) to complete in \d+ section\(s\)/);
    const issues = body.details.issues;
    // Each names its section by the title the document prints.
    expect(issues.every((i: any) => typeof i.title === 'string' && i.title.length > 0)).toBe(true);
    const byTitle = (title: string) => issues.filter((i: any) => i.title === title).map((i: any) => [i.code, i.detail]);
    expect(byTitle('Identitas Klien dan Orang Tua/Wali/Penjamin')).toEqual([
      ['missing_data', 'identitas orang tua/wali/penjamin'],
      ['required_fact', 'Tanggal lahir klien'],
      ['required_fact', 'Orang tua/wali anak'],
    ]);
    expect(byTitle('Riwayat Tindak Pidana')).toEqual([
      ['missing_data', 'kronologi dan keterangan tindak pidana'],
      ['required_fact', 'Pasal yang disangkakan/didakwakan'],
      ['required_fact', 'Kronologi'],
      ['required_fact', 'Tanggal kejadian (usia anak saat kejadian)'],
    ]);
    expect(byTitle('Tanggapan Klien, Keluarga, Korban, Masyarakat dan Pemerintah Setempat')).toContainEqual([
      'required_fact',
      'Tanggapan korban/keluarga korban',
    ]);
    expect(issues.slice(-2).map((i: any) => [i.field, i.code, i.title])).toEqual([
      ['kesimpulan', 'required', 'Kesimpulan'],
      ['rekomendasi', 'required', 'Rekomendasi'],
    ]);
    // In the order of the document.
    const order = [
      'identitas',
      'sumber_informasi',
      'riwayat_hidup',
      'kondisi_keluarga',
      'lingkungan_sosial',
      'riwayat_tindak_pidana',
      'tanggapan',
      'asesmen',
      'analisis',
      'kesimpulan',
      'rekomendasi',
    ];
    const seen = issues.map((i: any) => order.indexOf(i.section));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // A marker is located to its paragraph.
    expect(issues.find((i: any) => i.code === 'missing_data' && i.section === 'sumber_informasi')).toMatchObject({
      field: 'sections.sumber_informasi.0',
      paragraph: 0,
    });
    expect((await view(id)).case.status).toBe('draft');
  });

  it('cannot be submitted once the PK writes the marker away in the text but leaves one in a decision', async () => {
    const id = await drafted();
    const res = await save(id, undefined, { ...DECISIONS, rekomendasi: 'Diversi dengan syarat [PERLU DATA: nama lembaga pembimbing].' });
    expect(res.status).toBe(200);
    const body = expectError(await t.req('POST', `/api/litmas/cases/${id}/submit`, { as: 'researcher', body: {} }), 400);
    expect(body.details.issues).toEqual([
      expect.objectContaining({ field: 'rekomendasi', code: 'missing_data', title: 'Rekomendasi', detail: 'nama lembaga pembimbing' }),
    ]);
  });

  it('an empty draft (every section deleted) can be neither submitted nor approved', async () => {
    const id = await drafted();
    expect((await save(id, (s) => s.splice(0))).status).toBe(200);
    const refused = expectError(await t.req('POST', `/api/litmas/cases/${id}/submit`, { as: 'researcher', body: {} }), 400);
    expect(refused.details.issues[0]).toMatchObject({ field: 'draft', code: 'empty_draft' });
    expect(refused.details.issues.filter((i: any) => i.code === 'empty_section')).toHaveLength(9);

    // A submitted case whose sections the reviewer deletes cannot be approved either.
    const other = await submitted();
    expect((await save(other, (s) => s.splice(0), DECISIONS, 'supervisor')).status).toBe(200);
    const approve = expectError(await t.req('POST', `/api/litmas/cases/${other}/approve`, { as: 'supervisor', body: {} }), 400);
    expect(approve.error).toMatch(/cannot be approved yet/);
    expect(approve.details.issues[0]).toMatchObject({ code: 'empty_draft' });
    expect((await view(other)).case.status).toBe('submitted');
  });

  it('a paragraph the reviewer blanks is an empty section', async () => {
    const id = await submitted();
    expect(
      (
        await save(
          id,
          (s) => {
            s[1].paragraphs = [{ text: '   ', fact_ids: [] }];
          },
          DECISIONS,
          'supervisor',
        )
      ).status,
    ).toBe(200);
    const body = expectError(await t.req('POST', `/api/litmas/cases/${id}/approve`, { as: 'supervisor', body: {} }), 400);
    expect(body.details.issues).toEqual([expect.objectContaining({ code: 'empty_section', title: 'Sumber Informasi' })]);
  });
});

describe('acknowledging a flag', () => {
  it('needs a reason per flag, one flag per request; stored with the version, audited, kept through the PK’s edits', async () => {
    const id = await submitted();
    const blocked = expectError(await t.req('POST', `/api/litmas/cases/${id}/approve`, { as: 'supervisor', body: {} }), 409);
    expect(blocked.details.flags).toHaveLength(1);
    const flagId = blocked.details.flags[0];

    // No reason, a token reason, several flags at once: refused.
    const url = `/api/litmas/cases/${id}/acknowledge`;
    expect(issueFields(expectError(await t.req('POST', url, { as: 'supervisor', body: { flag_id: flagId } }), 400))).toEqual(['reason']);
    expect(issueFields(expectError(await t.req('POST', url, { as: 'supervisor', body: { flag_id: flagId, reason: 'ok' } }), 400))).toEqual(['reason']);
    expect(
      expectError(await t.req('POST', url, { as: 'supervisor', body: { flag_ids: [flagId], reason: 'Semua sudah diperiksa.' } }), 400).details.issues,
    ).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'unrecognized_keys' })]));
    expect(
      issueFields(expectError(await t.req('POST', url, { as: 'supervisor', body: { flag_id: 'x:0:name:Nobody', reason: 'Sudah diperiksa semuanya.' } }), 400)),
    ).toEqual(['flag_id']);
    expectError(await t.req('POST', url, { as: 'researcher', body: { flag_id: flagId, reason: 'Saya sendiri yang menulisnya.' } }), 403);

    const reason = 'Jumlah saksi sesuai BAP halaman 3; sudah diperiksa.';
    const ok = await t.req('POST', url, { as: 'supervisor', body: { flag_id: flagId, reason } });
    expect(ok.status).toBe(200);
    const flag = ok.body.draft.content.flags.find((f: any) => f.id === flagId);
    expect(flag).toMatchObject({ acknowledged_by: 'supervisor', acknowledged_reason: reason, acknowledged_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const audit = await t.services.audit.query({ action: 'litmas.acknowledge', limit: 1, offset: 0 });
    expect(audit.rows[0]).toMatchObject({ username: 'supervisor', target: `case:${id}` });
    expect(JSON.parse(audit.rows[0].details!)).toEqual({
      kind: 'number',
      section: 'riwayat_hidup',
      paragraph: 0,
      reason,
      version_no: ok.body.draft.version_no,
    });

    // Returned and edited by the PK, the acknowledgement and its reason stay with the flag.
    await t.req('POST', `/api/litmas/cases/${id}/return`, { as: 'supervisor', body: { comment: 'Tambahkan sumber dokumen.' } });
    expect((await save(id, (s) => (s[1].paragraphs[0].text += ' Dokumen BAP.'))).status).toBe(200);
    const kept = (await view(id)).draft.content.flags.find((f: any) => f.id === flagId);
    expect(kept).toMatchObject({ acknowledged_by: 'supervisor', acknowledged_reason: reason });
  });
});

describe('the decisions stay the PK’s', () => {
  it('refuses the Kepala Bapas an edit of the kesimpulan or rekomendasi, but not of the sections', async () => {
    const id = await submitted();
    const changed = await save(id, undefined, { ...DECISIONS, rekomendasi: 'Perkara dilanjutkan ke persidangan.' }, 'supervisor');
    const body = expectError(changed, 403);
    expect(body.error).toMatch(/PK's decision: return the case with a comment, or add a note of your own/);
    expect(body.details.fields).toEqual(['rekomendasi']);
    expect((await save(id, (s) => (s[0].paragraphs[0].text += ' (diperiksa)'), DECISIONS, 'supervisor')).status).toBe(200);
  });

  it('prints the Kepala Bapas’s own note as his, signed by him, in the DOCX and the print view', async () => {
    const id = await submitted();
    const url = `/api/litmas/cases/${id}/supervisor-note`;
    const text = 'Saya tidak sependapat dengan rekomendasi diversi.\n\nPerlu pendampingan psikolog selama masa diversi.';
    expectError(await t.req('PUT', url, { as: 'researcher', body: { text } }), 403);
    const saved = await t.req('PUT', url, { as: 'supervisor', body: { text } });
    expect(saved.status).toBe(200);
    expect(saved.body.draft.content.supervisor_note).toMatchObject({ text, username: 'supervisor', user_id: expect.any(Number) });
    expect(saved.body.draft.content.decisions).toEqual(DECISIONS); // the PK's, untouched
    const audit = await t.services.audit.query({ action: 'litmas.supervisor_note', limit: 1, offset: 0 });
    expect(audit.rows[0]).toMatchObject({ username: 'supervisor', target: `case:${id}` });

    // Approved: the final document carries the PK's decisions and the head's note, his name under it.
    const flags = expectError(await t.req('POST', `/api/litmas/cases/${id}/approve`, { as: 'supervisor', body: {} }), 409).details.flags;
    for (const f of flags)
      await t.req('POST', `/api/litmas/cases/${id}/acknowledge`, { as: 'supervisor', body: { flag_id: f, reason: 'Sesuai berkas perkara; diperiksa.' } });
    const version = (await view(id)).draft.version_no;
    expect((await t.req('POST', `/api/litmas/cases/${id}/approve`, { as: 'supervisor', body: { version } })).status).toBe(200);
    const res = await t.app.request(`/api/litmas/cases/${id}/document.docx`, { headers: { cookie: await t.login('researcher') } });
    const xml = await (await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))).file('word/document.xml')!.async('string');
    const note = xml.indexOf('CATATAN KEPALA BAPAS');
    expect(note).toBeGreaterThan(xml.indexOf(DECISIONS.rekomendasi));
    expect(xml.indexOf('Saya tidak sependapat dengan rekomendasi diversi.')).toBeGreaterThan(note);
    expect(xml.indexOf('Perlu pendampingan psikolog selama masa diversi.')).toBeGreaterThan(note);
    expect(xml.indexOf('Test supervisor', note)).toBeGreaterThan(note); // signed by him
    const html = (await t.get(`/api/litmas/cases/${id}/print`, { as: 'supervisor' })).text;
    const block = /<section class="head-note"[\s\S]*?<\/section>/.exec(html)![0];
    expect(block).toContain('CATATAN KEPALA BAPAS');
    expect(block).toContain('Perlu pendampingan psikolog selama masa diversi.');
    expect(block).toContain('Test supervisor');
  });

  it('approves only the version the Kepala Bapas confirmed', async () => {
    const id = await submitted();
    const flags = expectError(await t.req('POST', `/api/litmas/cases/${id}/approve`, { as: 'supervisor', body: {} }), 409).details.flags;
    for (const f of flags)
      await t.req('POST', `/api/litmas/cases/${id}/acknowledge`, { as: 'supervisor', body: { flag_id: f, reason: 'Sesuai berkas perkara; diperiksa.' } });
    const seen = (await view(id, 'supervisor')).draft.version_no;
    await t.req('PUT', `/api/litmas/cases/${id}/supervisor-note`, { as: 'supervisor', body: { text: 'Catatan tambahan.' } }); // a newer version
    const stale = expectError(await t.req('POST', `/api/litmas/cases/${id}/approve`, { as: 'supervisor', body: { version: seen } }), 409);
    expect(stale.details.version_no).toBe(seen + 1);
    expect((await t.req('POST', `/api/litmas/cases/${id}/approve`, { as: 'supervisor', body: { version: seen + 1 } })).status).toBe(200);
    const v = await view(id);
    expect(v.case).toMatchObject({ status: 'final', approved_version: seen + 1 });
  });
});

describe('the request dates', () => {
  it('refuses a received date in the future, naming the field', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const created = await t.req('POST', '/api/litmas/cases', {
      as: 'researcher',
      body: { ...CASE_INPUT, request: { ...CASE_INPUT.request, received_at: tomorrow } },
    });
    expect(expectError(created, 400).details.issues).toEqual([expect.objectContaining({ field: 'request.received_at', code: 'future' })]);
    const id = (await t.req('POST', '/api/litmas/cases', { as: 'researcher', body: CASE_INPUT })).body.case.id;
    const rec = (await view(id)).case;
    const patched = await t.req('PATCH', `/api/litmas/cases/${id}`, {
      as: 'researcher',
      body: { revision: rec.revision, request: { ...rec.request, received_at: tomorrow } },
    });
    expect(issueFields(expectError(patched, 400))).toEqual(['request.received_at']);
  });

  it('audits a change of the received or due date with the old and new values', async () => {
    const id = (await t.req('POST', '/api/litmas/cases', { as: 'researcher', body: CASE_INPUT })).body.case.id;
    const rec = (await view(id)).case;
    const received = '2026-11-28T03:00:00.000Z';
    const r = await t.req('PATCH', `/api/litmas/cases/${id}`, {
      as: 'researcher',
      body: { revision: rec.revision, request: { ...rec.request, received_at: received } },
    });
    expect(r.status).toBe(200);
    expect(r.body.case.request.due_at).toBe('2026-12-01T03:00:00.000Z'); // diversi: 72 hours
    const audit = await t.services.audit.query({ action: 'litmas.update', limit: 1, offset: 0 });
    expect(JSON.parse(audit.rows[0].details!).dates).toEqual({
      received_at: { old: rec.request.received_at, new: received },
      due_at: { old: rec.request.due_at, new: '2026-12-01T03:00:00.000Z' },
    });
    // A save that leaves them as they were records no date change.
    const again = await t.req('PATCH', `/api/litmas/cases/${id}`, { as: 'researcher', body: { revision: r.body.case.revision, title: 'Diversi – D.L.' } });
    expect(again.status).toBe(200);
    const next = await t.services.audit.query({ action: 'litmas.update', limit: 1, offset: 0 });
    expect(JSON.parse(next.rows[0].details!).dates).toBeUndefined();
  });
});
