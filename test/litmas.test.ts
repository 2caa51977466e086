import JSZip from 'jszip';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeLlm } from './fake-llm/server.ts';
import { answerFromPrompt, isVerification } from './fake-llm/answer.ts';
import { expectError, fixtureApp, issueFields } from './helpers/app.ts';
import { listen, readSse, type SseEvent } from './helpers/http.ts';
import { CASE_INPUT, SECRETS } from './helpers/litmas.ts';

const fake = await new FakeLlm().start();
let t: Awaited<ReturnType<typeof fixtureApp>>;
let http: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  t = await fixtureApp({ llmBaseUrl: fake.url, llmModel: 'fake-model', llmApiKey: 'test-key', llmMaxRetries: 2, llmTimeoutMs: 30_000 });
  http = await listen(t.app);
  // A PK of another Bapas, for the scoping tests.
  await t.services.users.create({
    username: 'pk.gorontalo',
    display_name: 'PK Gorontalo',
    role: 'researcher',
    bapas_code: 'GTO-BAPAS-F',
    password: 'pk.gorontalo-password-123',
  });
});
afterAll(async () => {
  await http.close();
  t.close();
  await fake.stop();
});
beforeEach(() => {
  fake.reset();
  fake.setDefault({ type: 'answer', content: (body) => answerFromPrompt(body) });
});

async function newCase(): Promise<number> {
  const r = await t.req('POST', '/api/litmas/cases', { as: 'researcher', body: CASE_INPUT });
  expect(r.status).toBe(201);
  return r.body.case.id;
}

/** Generates through real HTTP and parses the SSE stream. */
async function generate(id: number, as = 'researcher', signal?: AbortSignal, onEvent?: (e: SseEvent) => unknown) {
  const cookie = await t.login(as);
  const res = await fetch(`${http.url}/api/litmas/cases/${id}/generate`, { method: 'POST', headers: { cookie, origin: http.url }, signal });
  return { res, events: res.ok ? await readSse(res, onEvent) : [] };
}

const caseView = async (id: number, as = 'researcher') => (await t.get(`/api/litmas/cases/${id}`, { as })).body;

describe('drafting with an LLM (fake OpenAI-compatible server)', () => {
  it('streams sections, sends no identity, and puts the identities back in the stored draft', async () => {
    const id = await newCase();
    const { res, events } = await generate(id);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const types = events.map((e) => e.event);
    expect(types[0]).toBe('start');
    expect(types.at(-1)).toBe('done');
    expect(types.filter((x) => x === 'section').length).toBe(9); // diversi: no programme evaluation
    expect(events[0].data).toMatchObject({ drafter: 'llm', model: 'fake-model', redacted: true });

    // What left the server: no name, NIK, phone, address or case number, in the draft
    // request nor in the verification pass that followed it.
    expect(fake.requests.map((r) => isVerification(r.body))).toEqual([false, true]);
    const sent = JSON.stringify(fake.requests.map((r) => r.body));
    for (const s of SECRETS) expect(sent, s).not.toContain(s);
    expect(sent).toContain('[NAMA_1]');
    expect(fake.requests[0].body).toMatchObject({ model: 'fake-model', stream: true, response_format: { type: 'json_schema' } });
    expect(fake.requests[0].headers.authorization).toBe('Bearer test-key');

    // What was stored: the identities are back.
    const v = await caseView(id);
    const text = JSON.stringify(v.draft.content.sections);
    for (const s of ['Rudi Hartono', '3171234567890123', 'Slamet Hartono', 'Andi Saputra']) expect(text).toContain(s);
    expect(text).not.toMatch(/\[NAMA_\d/);
    expect(v.draft).toMatchObject({ version_no: 1, source: 'llm' });
    expect(v.draft.content.decisions).toEqual({ kesimpulan: null, rekomendasi: null }); // never decided by the drafter
    expect(v.draft.content.options.rekomendasi.length).toBeGreaterThan(1);
    // The section's streamed text equals the stored text.
    const streamed = events.find((e) => e.event === 'section')!.data.section;
    expect(v.draft.content.sections[0].paragraphs[0].text).toBe(streamed.paragraphs[0].text);

    // The generation is on record, with what was sent.
    const g = v.generations[0];
    expect(g).toMatchObject({
      drafter: 'llm',
      backend_host: new URL(fake.url).host,
      model_requested: 'fake-model',
      model_answered: 'fake-model-1',
      redacted: true,
      // The draft stream (1234 + 567) and the verification pass (100 + 50), summed.
      prompt_tokens: 1334,
      completion_tokens: 617,
      attempts: 2,
      outcome: 'success',
      template_version: '2;2;1',
    });
    expect(g.template_id).toBe('litmas.system;litmas.draft;litmas.kind.diversi');
    expect(g.template_hash).toMatch(/^[0-9a-f]{16}$/);
    const shown = await t.get(`/api/litmas/cases/${id}/generations/${g.id}/sent`, { as: 'supervisor' });
    expect(shown.body.prompt_sent).toContain('[NAMA_1]');
    expect(shown.body.prompt_sent).toMatch(/### user \(verifikasi, litmas\.verify@1\)/);
    for (const s of SECRETS) expect(shown.body.prompt_sent, s).not.toContain(s);
    const audit = await t.services.audit.query({ action: 'litmas.generate', limit: 1, offset: 0 });
    expect(JSON.parse(audit.rows[0].details!)).toMatchObject({
      generation_id: g.id,
      kind: 'diversi',
      redacted: true,
      model: 'fake-model',
      model_answered: 'fake-model-1',
      prompt_tokens: 1334,
      completion_tokens: 617,
      flags: 0,
      latency_ms: expect.any(Number),
    });
  });

  it('flags exactly the invented date, name and number the model added', async () => {
    const id = await newCase();
    fake.play({
      type: 'answer',
      content: (b) => answerFromPrompt(b, { inject: 'Pada 17 Agustus 2025 klien bertemu Bambang Sutrisno dan meminjam 2.750.000 rupiah.' }),
    });
    await generate(id);
    const flags = (await caseView(id)).draft.content.flags;
    expect(flags.map((f: any) => [f.section, f.kind, f.text])).toEqual([
      ['identitas', 'amount', '2.750.000 rupiah'],
      ['identitas', 'date', '17 Agustus 2025'],
      ['identitas', 'name', 'Bambang Sutrisno'],
    ]);
  });

  it('retries a 429 (honouring Retry-After) and succeeds', async () => {
    const id = await newCase();
    fake.play({ type: 'status', status: 429, headers: { 'retry-after': '0' } });
    const { events } = await generate(id);
    expect(events.at(-1)!.event).toBe('done');
    expect(fake.requests.filter((r) => !isVerification(r.body))).toHaveLength(2);
  });

  it('repairs an invalid answer once, then fails clearly', async () => {
    const id = await newCase();
    fake.play({ type: 'answer', content: '{"sections": "not an array"}' });
    const repaired = await generate(id);
    expect(repaired.events.at(-1)!.event).toBe('done');
    expect(fake.requests.map((r) => isVerification(r.body))).toEqual([false, false, true]);
    expect(fake.requests[1].body.stream).toBeFalsy();
    expect(JSON.stringify(fake.requests[1].body.messages.at(-1))).toMatch(/tidak valid/);
    // The repair request is part of what left the server.
    const gen = (await caseView(id)).generations[0];
    const sent = await t.get(`/api/litmas/cases/${id}/generations/${gen.id}/sent`, { as: 'researcher' });
    expect(sent.body.prompt_sent).toMatch(/### user \(perbaikan\)[\s\S]*tidak valid/);

    fake.reset();
    fake.setDefault({ type: 'answer', content: 'Maaf, saya tidak bisa.' });
    const before = await caseView(id);
    const failed = await generate(id);
    expect(failed.events.at(-1)).toMatchObject({ event: 'error', data: { code: 'invalid_answer', retryable: true } });
    expect(failed.events.at(-1)!.data.message).toMatch(/tidak sesuai format/);
    const after = await caseView(id);
    expect(after.draft.version_no).toBe(before.draft.version_no);
    expect(after.case.revision).toBe(before.case.revision);
  });

  const failures: [string, () => void, string][] = [
    ['a 500 (after retries)', () => fake.setDefault({ type: 'status', status: 500 }), 'upstream_error'],
    // (A hang, a stall and an endless stream against the time limits: litmas-llm-limits.test.ts.)
    [
      'a broken stream',
      () => fake.setDefault({ type: 'broken-stream', content: answerFromPrompt({ messages: [{ role: 'user', content: '1. identitas: x' }] }) }),
      'stream_broken',
    ],
    [
      'a cut connection',
      () => fake.setDefault({ type: 'cut', content: answerFromPrompt({ messages: [{ role: 'user', content: '1. identitas: x' }] }) }),
      'stream_broken',
    ],
  ];
  for (const [name, arrange, code] of failures) {
    it(`reports ${name} in Indonesian and changes nothing`, async () => {
      const id = await newCase();
      await generate(id); // a first, good draft
      const before = await caseView(id);
      arrange();
      const { events } = await generate(id);
      const last = events.at(-1)!;
      expect(last.event).toBe('error');
      expect(last.data.code).toBe(code);
      expect(last.data.retryable).toBe(true);
      expect(last.data.message).toMatch(/server LLM|Server LLM/);
      const after = await caseView(id);
      expect(after.draft).toEqual(before.draft);
      expect(after.case.facts).toEqual(before.case.facts);
      expect(after.generations[0]).toMatchObject({ outcome: 'failure' });
    }, 20_000);
  }

  it('reports a refused connection', async () => {
    const down = await fixtureApp({ llmBaseUrl: 'http://127.0.0.1:9/v1', llmModel: 'm', llmMaxRetries: 0 });
    const srv = await listen(down.app);
    try {
      const r = await down.req('POST', '/api/litmas/cases', { as: 'researcher', body: CASE_INPUT });
      const cookie = await down.login('researcher');
      const res = await fetch(`${srv.url}/api/litmas/cases/${r.body.case.id}/generate`, { method: 'POST', headers: { cookie, origin: srv.url } });
      const events = await readSse(res);
      expect(events.at(-1)).toMatchObject({ event: 'error', data: { code: 'connection' } });
    } finally {
      await srv.close();
      down.close();
    }
  });

  it('aborts the upstream request when the browser leaves mid-stream', async () => {
    const id = await newCase();
    fake.setDefault({ type: 'answer', content: (b) => answerFromPrompt(b), chunks: 40, delayMs: 50 });
    const ctrl = new AbortController();
    await generate(id, 'researcher', ctrl.signal, (e) => {
      if (e.event === 'section') {
        ctrl.abort();
        return true;
      }
    }).catch(() => undefined);
    await expect.poll(() => fake.requests[0]?.aborted, { timeout: 5000 }).toBe(true);
    await expect.poll(async () => (await caseView(id)).generations[0]?.outcome, { timeout: 5000 }).toBe('aborted');
    expect((await caseView(id)).draft).toBeNull();
  });

  it('sends clear text only to a host the admin allowed', async () => {
    const host = new URL(fake.url).host;
    const set = await t.req('PUT', '/api/settings/llm', {
      as: 'admin',
      body: { clear_text_hosts: [{ host, legal_basis: 'DPIA Bapas 2025/07: server LLM di jaringan internal' }] },
    });
    expect(set.body.backend).toMatchObject({ host, redacted: false });
    try {
      const id = await newCase();
      const { events } = await generate(id);
      expect(events[0].data.redacted).toBe(false);
      expect(JSON.stringify(fake.requests[0].body)).toContain('Rudi Hartono');
      expect((await caseView(id)).generations[0].redacted).toBe(false);
    } finally {
      await t.req('PUT', '/api/settings/llm', { as: 'admin', body: { clear_text_hosts: [] } });
    }
  });
});

describe('the offline drafter', () => {
  it('drafts the same outline from the facts with nothing leaving the server', async () => {
    const off = await fixtureApp();
    try {
      const created = await off.req('POST', '/api/litmas/cases', { as: 'researcher', body: CASE_INPUT });
      const id = created.body.case.id;
      expect(created.body.case.request.due_at).toBe('2026-11-30T02:00:00.000Z'); // 3×24 h after receipt
      const meta = await off.get('/api/litmas/meta', { as: 'researcher' });
      expect(meta.body.drafter).toEqual({ kind: 'offline', model: null, host: null, redacted: false });
      const srv = await listen(off.app);
      const cookie = await off.login('researcher');
      const events = await readSse(await fetch(`${srv.url}/api/litmas/cases/${id}/generate`, { method: 'POST', headers: { cookie, origin: srv.url } }));
      await srv.close();
      expect(events.map((e) => e.event)).toEqual(['start', ...Array(9).fill('section'), 'done']);
      expect(events.at(-1)!.data.flags).toBe(0); // restating facts invents nothing
      expect(fake.requests).toHaveLength(0);
      const v = (await off.get(`/api/litmas/cases/${id}`, { as: 'researcher' })).body;
      expect(v.draft).toMatchObject({ source: 'offline' });
      expect(v.generations[0]).toMatchObject({ drafter: 'offline', outcome: 'success', redacted: false });
      const sent = await off.get(`/api/litmas/cases/${id}/generations/${v.generations[0].id}/sent`, { as: 'researcher' });
      expect(sent.body.prompt_sent).toBeNull();
      const analysis = v.draft.content.sections.find((s: any) => s.key === 'asesmen').paragraphs[0];
      // RRI 2+2+0+0+1+0+0+0+0+1 = 6: Rendah, computed in code and restated.
      expect(analysis.text).toContain('Skor RRI bagian A (0–17): 6.');
      expect(analysis.text).toContain('Tingkat risiko residivisme: Rendah.');
      expect(analysis.fact_ids).toEqual(expect.arrayContaining(['assessment.rri_total', 'assessment.rri_level']));
    } finally {
      off.close();
    }
  });
});

describe('case access and workflow', () => {
  it('scopes cases to the Bapas and roles', async () => {
    const id = await newCase();
    expectError(await t.get(`/api/litmas/cases/${id}`, { as: 'pk.gorontalo' }), 404);
    expectError(await t.req('PATCH', `/api/litmas/cases/${id}`, { as: 'pk.gorontalo', body: { revision: 1, title: 'x' } }), 404);
    expectError(await t.get(`/api/litmas/cases/${id}`, { as: 'planner' }), 403);
    expectError(await t.get(`/api/litmas/cases/${id}`, { as: 'admin' }), 403);
    expect((await t.get(`/api/litmas/cases/${id}`, { as: 'supervisor' })).status).toBe(200);
    const list = await t.get('/api/litmas/cases', { as: 'pk.gorontalo' });
    expect(list.body.rows).toEqual([]);
    expectError(await t.req('POST', '/api/litmas/cases', { as: 'supervisor', body: CASE_INPUT }), 403);
    const audit = await t.services.audit.query({ action: 'litmas.view', limit: 5, offset: 0 });
    expect(audit.rows.some((r) => r.username === 'supervisor' && r.target === `case:${id}`)).toBe(true);
    // The refused attempts are on record too.
    // (Other tests' refusals of this user may be on the trail too: only this case's count here.)
    const refused = await t.services.audit.query({ action: 'litmas.access', user: 'pk.gorontalo', limit: 50, offset: 0 });
    expect(refused.rows.filter((r) => r.target === `case:${id}`).map((r) => [r.target, r.outcome])).toEqual([
      [`case:${id}`, 'denied'],
      [`case:${id}`, 'denied'],
    ]);
  });

  it('validates facts with the field and reason', async () => {
    const bad = await t.req('POST', '/api/litmas/cases', { as: 'researcher', body: { ...CASE_INPUT, facts: { identity: { nik: '123' } } } });
    expect(issueFields(expectError(bad, 400))).toEqual(['facts.identity.nik']);
    expect(JSON.stringify(bad.body)).toMatch(/NIK is 16 digits/);
    expect(issueFields(expectError(await t.req('POST', '/api/litmas/cases', { as: 'researcher', body: { kind: 'unknown' } }), 400))).toEqual(['kind']);
  });

  it('stores an empty age as unknown, not 0', async () => {
    const r = await t.req('POST', '/api/litmas/cases', { as: 'researcher', body: { kind: 'pb', facts: { family: [{ name: 'X', age: '' }] } } });
    expect(r.body.case.facts.family[0].age).toBeNull();
  });

  it('drafts an integration kind offline without flagging its own wording', async () => {
    const off = await fixtureApp();
    const srv = await listen(off.app);
    try {
      const r = await off.req('POST', '/api/litmas/cases', {
        as: 'researcher',
        body: { kind: 'pb', facts: { programme: { programmes: 'Pelatihan menjahit.' } } },
      });
      const cookie = await off.login('researcher');
      const events = await readSse(
        await fetch(`${srv.url}/api/litmas/cases/${r.body.case.id}/generate`, { method: 'POST', headers: { cookie, origin: srv.url } }),
      );
      expect(events.at(-1)).toMatchObject({ event: 'done', data: { flags: 0 } });
      const v = (await off.get(`/api/litmas/cases/${r.body.case.id}`, { as: 'researcher' })).body;
      const evaluasi = v.draft.content.sections.find((s: any) => s.key === 'evaluasi_pembinaan').paragraphs[0].text;
      expect(evaluasi).toContain('Program pembinaan yang diikuti: Pelatihan menjahit.');
      expect(evaluasi).not.toContain('..');
    } finally {
      await srv.close();
      off.close();
    }
  });

  it('autosaves with a revision and refuses a stale one', async () => {
    const id = await newCase();
    const ok = await t.req('PATCH', `/api/litmas/cases/${id}`, { as: 'researcher', body: { revision: 1, title: 'Diversi – R.H.' } });
    expect(ok.body.case).toMatchObject({ revision: 2, title: 'Diversi – R.H.' });
    expectError(await t.req('PATCH', `/api/litmas/cases/${id}`, { as: 'researcher', body: { revision: 1, title: 'stale' } }), 409);
  });

  it('goes draft → submitted → returned → submitted → final, with rights checked at each step', async () => {
    const id = await newCase();
    fake.play({ type: 'answer', content: (b) => answerFromPrompt(b, { inject: 'Klien bertemu Bambang Sutrisno.' }) });
    await generate(id);
    let v = await caseView(id);
    expect(v.draft.content.flags).toHaveLength(1);

    // Submitting needs the PK's decisions.
    const undecided = await t.req('POST', `/api/litmas/cases/${id}/submit`, { as: 'researcher', body: {} });
    expect(issueFields(expectError(undecided, 400))).toEqual(['kesimpulan', 'rekomendasi']);
    const sections = v.draft.content.sections.map((s: any) => ({ key: s.key, paragraphs: s.paragraphs }));
    sections[2].paragraphs[0].text += ' Diperbaiki oleh PK.';
    const decisions = {
      kesimpulan: 'Klien layak dipertimbangkan untuk diversi.',
      rekomendasi: 'Diversi dengan pengembalian kepada orang tua dan pembimbingan Bapas.',
    };
    const saved = await t.req('PUT', `/api/litmas/cases/${id}/draft`, { as: 'researcher', body: { base_version: 1, sections, decisions } });
    expect(saved.body.draft).toMatchObject({ version_no: 2, source: 'edit' });
    expectError(await t.req('PUT', `/api/litmas/cases/${id}/draft`, { as: 'researcher', body: { base_version: 1, sections, decisions } }), 409);

    expectError(await t.req('POST', `/api/litmas/cases/${id}/approve`, { as: 'supervisor', body: {} }), 409); // not submitted yet
    expect((await t.req('POST', `/api/litmas/cases/${id}/submit`, { as: 'researcher', body: {} })).status).toBe(200);
    expectError(await t.req('PATCH', `/api/litmas/cases/${id}`, { as: 'researcher', body: { revision: 1, title: 'x' } }), 403);
    expectError(await t.req('POST', `/api/litmas/cases/${id}/approve`, { as: 'researcher', body: {} }), 403);

    // Return with a comment, fix, resubmit.
    expect(issueFields(expectError(await t.req('POST', `/api/litmas/cases/${id}/return`, { as: 'supervisor', body: { comment: '' } }), 400))).toEqual([
      'comment',
    ]);
    expect((await t.req('POST', `/api/litmas/cases/${id}/return`, { as: 'supervisor', body: { comment: 'Lengkapi tanggapan masyarakat.' } })).status).toBe(200);
    expect((await caseView(id)).case.status).toBe('returned');
    expect((await t.req('POST', `/api/litmas/cases/${id}/submit`, { as: 'researcher', body: { comment: 'Sudah dilengkapi.' } })).status).toBe(200);

    // An unresolved flag blocks approval until acknowledged.
    const blocked = await t.req('POST', `/api/litmas/cases/${id}/approve`, { as: 'supervisor', body: {} });
    expectError(blocked, 409);
    expect(blocked.body.details.flags).toHaveLength(1); // the PK's own wording raised none
    const flagId = blocked.body.details.flags[0];
    expect(flagId).toMatch(/name:Bambang Sutrisno$/);
    expectError(await t.req('POST', `/api/litmas/cases/${id}/approve`, { as: 'pk.gorontalo', body: {} }), 403);
    const ack = await t.req('POST', `/api/litmas/cases/${id}/acknowledge`, {
      as: 'supervisor',
      body: { flag_id: flagId, reason: 'Nama saksi ini tercantum dalam BAP; sudah diperiksa.' },
    });
    expect(ack.status).toBe(200);
    expect((await t.req('POST', `/api/litmas/cases/${id}/approve`, { as: 'supervisor', body: { comment: 'Setuju.' } })).status).toBe(200);

    v = await caseView(id);
    expect(v.case.status).toBe('final');
    expect(v.reviews.map((r: any) => r.action)).toEqual(['submit', 'return', 'submit', 'approve']);
    // Final is locked for everyone.
    expectError(
      await t.req('PUT', `/api/litmas/cases/${id}/draft`, { as: 'supervisor', body: { base_version: v.draft.version_no, sections, decisions } }),
      409,
    );
    expectError(await t.req('PATCH', `/api/litmas/cases/${id}`, { as: 'researcher', body: { revision: v.case.revision, title: 'x' } }), 409);
    const gen = await fetch(`${http.url}/api/litmas/cases/${id}/generate`, {
      method: 'POST',
      headers: { cookie: await t.login('researcher'), origin: http.url },
    });
    expect(gen.status).toBe(409);

    // The diff between the AI draft and the final text shows the PK's edit.
    const diff = await t.get(`/api/litmas/cases/${id}/diff?from=1&to=${v.draft.version_no}`, { as: 'researcher' });
    const riwayat = diff.body.sections.find((s: any) => s.key === 'riwayat_hidup');
    expect(
      riwayat.parts
        .filter((p: any) => p.added)
        .map((p: any) => p.value.trim())
        .join(' '),
    ).toContain('Diperbaiki oleh PK.');
    const rek = diff.body.sections.find((s: any) => s.key === 'rekomendasi');
    expect(rek.title).toBe('Rekomendasi');
    expect(rek.parts.some((p: any) => p.added)).toBe(true);

    // The DOCX: a ZIP whose document XML holds each heading and the approved text, without the DRAF mark.
    const res = await t.app.request(`/api/litmas/cases/${id}/document.docx`, { headers: { cookie: await t.login('supervisor') } });
    expect(res.headers.get('content-type')).toMatch(/wordprocessingml/);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const s of v.draft.content.sections) expect(xml).toContain(s.title.toUpperCase().replace(/&/g, '&amp;'));
    for (const h of [
      'KESIMPULAN',
      'REKOMENDASI',
      'KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA',
      'KANTOR WILAYAH DKI JAKARTA',
      'BAPAS KELAS I JAKARTA PUSAT',
    ]) {
      expect(xml).toContain(h);
    }
    expect(xml).toContain('Diperbaiki oleh PK.');
    expect(xml).toContain(decisions.rekomendasi);
    expect(xml).toContain('Test supervisor'); // the approving head signs
    const header = Object.keys(zip.files).filter((f) => /header\d*\.xml$/.test(f));
    const headerXml = (await Promise.all(header.map((f) => zip.file(f)!.async('string')))).join('');
    expect(headerXml).not.toContain('DRAF');
    const downloads = await t.services.audit.query({ action: 'litmas.download', limit: 1, offset: 0 });
    expect(downloads.rows[0]).toMatchObject({ username: 'supervisor', target: `case:${id}` });
  });

  it('stores nothing from a generation that ends after the case was submitted', async () => {
    const id = await newCase();
    await generate(id);
    const v = await caseView(id);
    const sections = v.draft.content.sections.map((s: any) => ({ key: s.key, paragraphs: s.paragraphs }));
    const decisions = { kesimpulan: 'Layak diversi.', rekomendasi: 'Diversi.' };
    await t.req('PUT', `/api/litmas/cases/${id}/draft`, { as: 'researcher', body: { base_version: 1, sections, decisions } });
    fake.setDefault({ type: 'answer', content: (b) => answerFromPrompt(b), chunks: 30, delayMs: 40 });
    const events = await generate(id, 'researcher', undefined, (e) => {
      if (e.event === 'section') void t.req('POST', `/api/litmas/cases/${id}/submit`, { as: 'researcher', body: {} });
    }).then((r) => r.events);
    expect(events.at(-1)).toMatchObject({ event: 'error', data: { code: 'case_changed', retryable: false } });
    const after = await caseView(id);
    expect(after.case.status).toBe('submitted');
    expect(after.draft.version_no).toBe(2);
    expect(after.draft.content.decisions).toEqual(decisions);
  });

  it('marks the DOCX and the print view as DRAF until final', async () => {
    const id = await newCase();
    await generate(id);
    const res = await t.app.request(`/api/litmas/cases/${id}/document.docx`, { headers: { cookie: await t.login('researcher') } });
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /header\d*\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(headers.join('')).toContain('DRAF');
    const html = await t.get(`/api/litmas/cases/${id}/print`, { as: 'researcher' });
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(html.text).toContain('class="draft"');
    expect(html.text).toContain('Rudi Hartono');
    expect(html.text).not.toMatch(/<script/i);
  });

  it('lets the admin oversee generations without reading cases', async () => {
    // Generations of its own, whatever ran before.
    const ids = [await newCase(), await newCase()];
    for (const id of ids) await generate(id);
    const list = await t.get('/api/litmas/generations', { as: 'admin' });
    expect(list.body.rows.length).toBeGreaterThanOrEqual(2);
    expect(list.body.rows.map((r: any) => r.case_id)).toEqual(expect.arrayContaining(ids));
    expect(JSON.stringify(list.body.rows)).not.toContain('Rudi'); // no case content
    const g = list.body.rows.find((r: any) => ids.includes(r.case_id) && r.outcome === 'success' && r.redacted);
    const sent = await t.get(`/api/litmas/generations/${g.id}/sent`, { as: 'admin' });
    for (const s of SECRETS) expect(sent.body.prompt_sent, s).not.toContain(s);
    expectError(await t.get('/api/litmas/generations', { as: 'supervisor' }), 403);
  });
});
