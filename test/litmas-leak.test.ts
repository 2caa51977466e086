// The leak corpus through the real HTTP API: every case is created and drafted against the
// fake OpenAI-compatible server, which records exactly what it received; no listed identity
// may be in it, and the listed context must survive.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { redactedPrompt } from '../bench/redaction.ts';
import { draftContext } from '../server/litmas/context.ts';
import { assessmentSchema, factsSchema } from '../common/litmas/facts.ts';
import type { LitmasKind } from '../common/litmas/kinds.ts';
import { buildMessages } from '../server/litmas/llm-draft.ts';
import { loadTemplates } from '../server/llm/prompts.ts';
import { answerFromPrompt } from './fake-llm/answer.ts';
import { FakeLlm } from './fake-llm/server.ts';
import { countLeaks, occurs } from './fixtures/litmas-leak/count.ts';
import { LEAK_CASES } from './fixtures/litmas-leak/index.ts';
import { fixtureApp, ROOT } from './helpers/app.ts';
import { listen, readSse } from './helpers/http.ts';

const fake = await new FakeLlm().start();
let t: Awaited<ReturnType<typeof fixtureApp>>;
let http: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  t = await fixtureApp({ llmBaseUrl: fake.url, llmModel: 'fake-model', llmMaxRetries: 0, llmTimeoutMs: 30_000 });
  http = await listen(t.app);
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

/** Every text the fake server received, message by message. */
const received = () => fake.requests.flatMap((r) => (r.body?.messages ?? []).map((m: { content: string }) => m.content)).join('\n');

describe('the leak corpus', () => {
  it('has at least 8 cases across kinds, and every listed string is really in the case (else its absence proves nothing)', () => {
    expect(LEAK_CASES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(LEAK_CASES.map((c) => c.input.kind)).size).toBeGreaterThanOrEqual(6);
    const templates = loadTemplates(`${ROOT}/prompts`);
    for (const c of LEAK_CASES) {
      const kind = c.input.kind as LitmasKind;
      const ctx = draftContext(kind, factsSchema.parse(c.input.facts), assessmentSchema.parse(c.input.assessment), c.input.request);
      const t3 = ['litmas.system', 'litmas.draft', `litmas.kind.${kind}`].map((id) => templates.get(id)!);
      const clear = buildMessages(ctx, t3, null)
        .map((m) => m.content as string)
        .join('\n');
      for (const s of [...c.secrets, ...c.context]) expect(occurs(clear, s), `${c.name}: "${s}" is not in the clear-text prompt`).toBe(true);
      // And the counter is not fooled by formatting: the clear prompt leaks every secret.
      expect(countLeaks(clear, c).leaked).toEqual(c.secrets);
    }
  });

  for (const c of LEAK_CASES) {
    it(`sends no listed identity of "${c.name}" and keeps its context`, async () => {
      const created = await t.req('POST', '/api/litmas/cases', { as: 'researcher', body: c.input });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const id = created.body.case.id;
      const cookie = await t.login('researcher');
      const events = await readSse(await fetch(`${http.url}/api/litmas/cases/${id}/generate`, { method: 'POST', headers: { cookie, origin: http.url } }));
      expect(events.at(-1)?.event, JSON.stringify(events.at(-1))).toBe('done');
      expect(fake.requests.length).toBeGreaterThanOrEqual(2); // the draft and the verification pass

      const counted = countLeaks(received(), c);
      expect(counted.leaked, 'identities that left the server').toEqual([]);
      expect(counted.lost.length, `context lost: ${counted.lost.join(', ')}`).toBeLessThanOrEqual(1);
      // What the fake server received is what the bench measures.
      expect(countLeaks(redactedPrompt(c.input), c).leaked).toEqual([]);

      // The stored draft has the identities back, as recorded.
      const view = await t.get(`/api/litmas/cases/${id}`, { as: 'researcher' });
      const stored = JSON.stringify(view.body.draft.content.sections);
      expect(stored).toContain(JSON.stringify(c.input.facts.identity && (c.input.facts.identity as { name: string }).name).slice(1, -1));
      expect(stored).not.toMatch(/\[(?:NAMA|NIK|TELEPON|ALAMAT|NOMOR|EMAIL|PLAT|REKENING|TGL_LAHIR)_\d/);
    }, 20_000);
  }
});

describe('the last check before sending, wired where requests are built', () => {
  it('refuses to send a repair request that would carry an identity back, and says which kind in Indonesian', async () => {
    const c = LEAK_CASES[0];
    const created = await t.req('POST', '/api/litmas/cases', { as: 'researcher', body: c.input });
    const id = created.body.case.id;
    // A model that answers with no JSON but with the client's real name (as if it had guessed it).
    fake.play({ type: 'answer', content: "Maaf, draf untuk MUHAMMAD MA'RUF (HP 0813.9876.5432) tidak dapat saya susun." });
    const cookie = await t.login('researcher');
    const events = await readSse(await fetch(`${http.url}/api/litmas/cases/${id}/generate`, { method: 'POST', headers: { cookie, origin: http.url } }));
    const last = events.at(-1)!;
    expect(last).toMatchObject({ event: 'error', data: { code: 'identity_left', retryable: false } });
    expect(last.data.message).toMatch(/^Permintaan tidak dikirim ke server LLM: .*\(nama orang, nomor telepon\)/);
    // Only the first (redacted) request left; the repair was never sent.
    expect(fake.requests).toHaveLength(1);
    expect(countLeaks(received(), c).leaked).toEqual([]);
    // The value is in no log: not in the message, not in the generation's record, not in the audit trail.
    const view = (await t.get(`/api/litmas/cases/${id}`, { as: 'researcher' })).body;
    expect(view.draft).toBeNull();
    const row = await t.services.appDb.one<{ error: string; prompt_sent: string }>('SELECT error, prompt_sent FROM litmas_generations WHERE id = $id', {
      id: view.generations[0].id,
    });
    expect(row!.error).toMatch(/^identity_left: /);
    const audit = await t.services.audit.query({ action: 'litmas.generate', limit: 1, offset: 0 });
    for (const logged of [last.data.message, row!.error, row!.prompt_sent, JSON.stringify(audit.rows[0])]) {
      expect(logged).not.toMatch(/ma.?ruf|0813/i);
    }
  });
});
