// Oversight within the law, through the real HTTP API: clear text only to a host on a
// loopback or private address and only with a legal basis recorded (refused at the
// setting and again at send time); the admin reads what left the server with every
// identity replaced, never a Bapas's clear text, and reading it is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFromPrompt } from './fake-llm/answer.ts';
import { FakeLlm } from './fake-llm/server.ts';
import { expectError, fixtureApp, issueFields } from './helpers/app.ts';
import { listen, readSse } from './helpers/http.ts';
import { CASE_INPUT, SECRETS } from './helpers/litmas.ts';
import { checkPrivateHost, isPrivateAddress } from '../server/settings/hosts.ts';

const fake = await new FakeLlm().start();
let t: Awaited<ReturnType<typeof fixtureApp>>;
let http: Awaited<ReturnType<typeof listen>>;
const HOST = () => new URL(fake.url).host;
const BASIS = 'DPIA Bapas Jakarta Pusat No. 07/2026: server LLM di jaringan internal';

beforeAll(async () => {
  t = await fixtureApp({ llmBaseUrl: fake.url, llmModel: 'fake-model', llmMaxRetries: 0, llmTimeoutMs: 30_000 });
  http = await listen(t.app);
  fake.setDefault({ type: 'answer', content: (body) => answerFromPrompt(body) });
});
afterAll(async () => {
  await http.close();
  t.close();
  await fake.stop();
});

async function generate(app: typeof t, srv: typeof http) {
  const created = await app.req('POST', '/api/litmas/cases', { as: 'researcher', body: CASE_INPUT });
  const cookie = await app.login('researcher');
  const events = await readSse(
    await fetch(`${srv.url}/api/litmas/cases/${created.body.case.id}/generate`, { method: 'POST', headers: { cookie, origin: srv.url } }),
  );
  const v = (await app.get(`/api/litmas/cases/${created.body.case.id}`, { as: 'researcher' })).body;
  return { id: created.body.case.id as number, events, gen: v.generations[0] };
}

describe('where clear text may go', () => {
  it('knows loopback and private addresses from public ones', async () => {
    for (const a of ['127.0.0.1', '10.20.30.40', '172.16.5.4', '172.31.255.255', '192.168.1.10', '::1', 'fd12:3456::1', '::ffff:10.0.0.8']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '172.32.0.1', '192.0.2.10', '169.254.169.254', '100.64.0.1', '2606:4700::1111', '::ffff:8.8.8.8', 'not-an-ip']) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
    expect(await checkPrivateHost('localhost:11434')).toMatchObject({ ok: true });
    expect(await checkPrivateHost('[::1]:8000')).toEqual({ ok: true, addresses: ['::1'] });
    expect(await checkPrivateHost('203.0.113.9:443')).toEqual({ ok: false, reason: 'public', addresses: ['203.0.113.9'] });
  });

  it('needs a legal basis or DPIA reference with every host', async () => {
    const host = HOST();
    const none = await t.req('PUT', '/api/settings/llm', { as: 'admin', body: { clear_text_hosts: [{ host }] } });
    expect(issueFields(expectError(none, 400))).toEqual(['clear_text_hosts.0.legal_basis']);
    const blank = await t.req('PUT', '/api/settings/llm', { as: 'admin', body: { clear_text_hosts: [{ host, legal_basis: '   ' }] } });
    expect(issueFields(expectError(blank, 400))).toEqual(['clear_text_hosts.0.legal_basis']);
    const bare = await t.req('PUT', '/api/settings/llm', { as: 'admin', body: { clear_text_hosts: [host] } });
    expectError(bare, 400);

    const ok = await t.req('PUT', '/api/settings/llm', { as: 'admin', body: { clear_text_hosts: [{ host, legal_basis: BASIS }] } });
    expect(ok.status).toBe(200);
    expect(ok.body.clear_text_hosts).toEqual([{ host, legal_basis: BASIS, set_by: 'admin', set_at: expect.stringMatching(/^\d{4}-/) }]);
    expect(ok.body.backend).toMatchObject({ host, redacted: false, address: { ok: true, addresses: ['127.0.0.1'] } });
    const audit = await t.services.audit.query({ action: 'settings.llm', limit: 1, offset: 0 });
    expect(JSON.parse(audit.rows[0].details!)).toEqual({ clear_text_hosts: [{ host, legal_basis: BASIS }] });
    await t.req('PUT', '/api/settings/llm', { as: 'admin', body: { clear_text_hosts: [] } });
  });

  it('refuses a public host at the setting, with a clear message', async () => {
    const res = await t.req('PUT', '/api/settings/llm', {
      as: 'admin',
      body: {
        clear_text_hosts: [
          { host: 'localhost:11434', legal_basis: BASIS },
          { host: '8.8.8.8:443', legal_basis: BASIS },
        ],
      },
    });
    const body = expectError(res, 400);
    expect(body.error).toBe('Clear text may go only to a self-hosted LLM on a loopback or private address');
    expect(body.details.issues).toEqual([
      {
        field: 'clear_text_hosts.1.host',
        code: 'public_host',
        message: '8.8.8.8:443 resolves to a public address (8.8.8.8): clear text may go only to loopback or private addresses',
      },
    ]);
    expect((await t.get('/api/settings/llm', { as: 'admin' })).body.clear_text_hosts).toEqual([]); // nothing saved
  });

  it('refuses a public host at send time too: the text goes pseudonymised', async () => {
    // A backend on a public address, allowed in the stored settings (as if its name had moved).
    const pub = await fixtureApp({ llmBaseUrl: 'http://192.0.2.10:9/v1', llmModel: 'm', llmMaxRetries: 0, llmTimeoutMs: 1500 });
    const srv = await listen(pub.app);
    try {
      await pub.services.settings.set('llm.clear_text', [{ host: '192.0.2.10:9', legal_basis: BASIS, set_by: 'admin', set_at: '2026-01-01T00:00:00Z' }]);
      const meta = await pub.get('/api/litmas/meta', { as: 'researcher' });
      expect(meta.body.drafter).toMatchObject({ host: '192.0.2.10:9', redacted: true });
      const { events, gen } = await generate(pub, srv);
      expect(events[0].data.redacted).toBe(true);
      expect(gen.redacted).toBe(true);
      // The generation fails (nothing listens there), but what it sent was pseudonymised.
      expect(events.at(-1)!.event).toBe('error');
      const audit = await pub.services.audit.query({ action: 'litmas.generate', limit: 1, offset: 0 });
      expect(JSON.parse(audit.rows[0].details!)).toMatchObject({ host: '192.0.2.10:9', redacted: true, clear_text_refused: 'public' });
      const rows = await pub.services.appDb.all<{ prompt_sent: string }>('SELECT prompt_sent FROM litmas_generations WHERE id = $id', { id: gen.id });
      expect(rows[0].prompt_sent).toContain('[NAMA_1]');
      for (const s of SECRETS) expect(rows[0].prompt_sent, s).not.toContain(s);
    } finally {
      await srv.close();
      pub.close();
    }
  });
});

describe("the admin's oversight", () => {
  it('shows what left the server with identities replaced, also for a clear-text host; the Bapas sees it as sent; reading is audited', async () => {
    const host = HOST();
    await t.req('PUT', '/api/settings/llm', { as: 'admin', body: { clear_text_hosts: [{ host, legal_basis: BASIS }] } });
    let run: Awaited<ReturnType<typeof generate>>;
    try {
      run = await generate(t, http);
    } finally {
      await t.req('PUT', '/api/settings/llm', { as: 'admin', body: { clear_text_hosts: [] } });
    }
    const { id, gen } = run;
    expect(gen.redacted).toBe(false);
    expect(JSON.stringify(fake.requests.at(-1)!.body)).toContain('Rudi Hartono'); // clear text went to the private host
    const audit = await t.services.audit.query({ action: 'litmas.generate', limit: 1, offset: 0 });
    expect(JSON.parse(audit.rows[0].details!)).toMatchObject({ redacted: false, legal_basis: BASIS });

    // The case's Bapas: exactly what was sent, and the raw answers.
    const asSent = await t.get(`/api/litmas/cases/${id}/generations/${gen.id}/sent`, { as: 'supervisor' });
    expect(asSent.body).toMatchObject({ view: 'as_sent', redacted: false });
    expect(asSent.body.prompt_sent).toContain('Rudi Hartono');
    expect(asSent.body.attempts[0].raw_answer).toContain('Rudi Hartono');

    // The admin: the same requests with every identity replaced, and no answers.
    const admin = await t.get(`/api/litmas/generations/${gen.id}/sent`, { as: 'admin' });
    expect(admin.body).toMatchObject({ view: 'redacted', redacted: false });
    expect(admin.body.prompt_sent).toContain('[NAMA_1]');
    expect(admin.body.prompt_sent).toMatch(/### user \(verifikasi, litmas\.verify@1\)/);
    for (const s of SECRETS) expect(admin.body.prompt_sent, s).not.toContain(s);
    expect(admin.body.attempts.length).toBe(2);
    expect(admin.body.attempts.every((a: any) => a.raw_answer === null && /^[0-9a-f]{64}$/.test(a.raw_sha256))).toBe(true);
    const read = await t.services.audit.query({ action: 'litmas.view_sent', user: 'admin', limit: 1, offset: 0 });
    expect(read.rows[0]).toMatchObject({ target: `generation:${gen.id}`, outcome: 'success' });
    expect(JSON.parse(read.rows[0].details!)).toEqual({ view: 'oversight' });

    // The clear text stays within the Bapas: not the admin's case routes, not another Bapas.
    expectError(await t.get(`/api/litmas/cases/${id}/generations/${gen.id}/sent`, { as: 'admin' }), 403);
    await t.services.users.create({
      username: 'pk.gorontalo',
      display_name: 'PK Gorontalo',
      role: 'researcher',
      bapas_code: 'GTO-BAPAS-F',
      password: 'pk.gorontalo-password-123',
    });
    expectError(await t.get(`/api/litmas/cases/${id}/generations/${gen.id}/sent`, { as: 'pk.gorontalo' }), 404);
  });
});
