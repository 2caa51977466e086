/**
 * Litmas drafting benchmarks: the server's added time to the first streamed section
 * (against the fake OpenAI server's own timing), the offline drafter per case, and 20
 * concurrent generations against the fake server.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.ts';
import { boot } from '../server/boot.ts';
import type { Config } from '../server/config.ts';
import { draftContext, corpusValues } from '../server/litmas/context.ts';
import { draftAnswerSchema } from '../server/litmas/draft.ts';
import { assessmentSchema, factsSchema } from '../common/litmas/facts.ts';
import { FactCorpus, groundingFlags } from '../server/litmas/grounding.ts';
import { offlineDraft } from '../server/litmas/offline.ts';
import { answerFromPrompt } from '../test/fake-llm/answer.ts';
import { FakeLlm } from '../test/fake-llm/server.ts';
import { readSse } from '../test/helpers/http.ts';
import { CASE_INPUT } from '../test/helpers/litmas.ts';
import { median } from './measure.ts';

export interface LitmasBench {
  firstSection: { addedMs: number; upstreamMs: number; clientMs: number; runs: number; pass: boolean };
  offline: { functionMs: number; httpMs: number; pass: boolean };
  concurrent: { n: number; ok: number; errors: number; wallMs: number; pass: boolean };
}

export const FIRST_SECTION_LIMIT_MS = 30;
export const OFFLINE_LIMIT_MS = 50;

async function server(config: Config, password: string) {
  const b = await boot({ ...config, adminPassword: password });
  await b.services.users.create({
    username: 'pk.bench',
    display_name: 'PK Bench',
    role: 'researcher',
    bapas_code: (await b.services.registry.listBapas())[0].upt_code,
    password: 'pk-bench-password',
  });
  const { app } = createApp({ config, services: b.services, version: 'bench' });
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => s.once('listening', r));
  const url = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username: 'pk.bench', password: 'pk-bench-password' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const headers = { cookie, origin: url, 'content-type': 'application/json' };
  const newCase = async () =>
    ((await (await fetch(`${url}/api/litmas/cases`, { method: 'POST', headers, body: JSON.stringify(CASE_INPUT) })).json()) as { case: { id: number } }).case
      .id;
  const generate = async (id: number, onFirst?: () => void) => {
    let first = false;
    return readSse(await fetch(`${url}/api/litmas/cases/${id}/generate`, { method: 'POST', headers }), (e) => {
      if (e.event === 'section' && !first) {
        first = true;
        onFirst?.();
      }
    });
  };
  return {
    newCase,
    generate,
    close: () => {
      s.close();
      b.close();
    },
  };
}

export async function benchLitmas(base: Config, runs: number): Promise<LitmasBench> {
  const cfg = { ...base, dbPath: ':memory:', appDbPath: ':memory:', seedDir: `${base.rootDir}/test/fixtures/seed` };
  const fake = await new FakeLlm().start();
  // 12 chunks, 15 ms apart: the first section is complete after a few chunks.
  fake.setDefault({ type: 'answer', content: (b) => answerFromPrompt(b), chunks: 12, delayMs: 15 });
  const llm = await server({ ...cfg, llmBaseUrl: fake.url, llmModel: 'fake', llmApiKey: 'x' }, 'bench-admin-pass');

  // 1. Added time to the first section.
  const added: number[] = [];
  const upstream: number[] = [];
  const client: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const id = await llm.newCase();
    fake.reset();
    const t0 = performance.now();
    let tFirst = 0;
    await llm.generate(id, () => (tFirst = performance.now()));
    const req = fake.requests[0];
    // When did the fake write the chunk that completed the first section?
    const content = answerFromPrompt(req.body);
    const firstEnd = content.indexOf('}]}') + 3;
    const size = Math.ceil(content.length / 12);
    const chunkIndex = Math.floor((firstEnd - 1) / size);
    const tUpstreamSection = req.firstChunkAt! + chunkIndex * 15; // chunks are written every 15 ms
    if (i < 2) continue; // warm-up
    client.push(tFirst - t0);
    upstream.push(tUpstreamSection - req.receivedAt);
    added.push(tFirst - t0 - (tUpstreamSection - req.receivedAt));
  }
  const addedMs = median(added);

  // 3. Twenty concurrent generations.
  fake.reset();
  fake.setDefault({ type: 'answer', content: (b) => answerFromPrompt(b), chunks: 12, delayMs: 5 });
  const ids = await Promise.all(Array.from({ length: 20 }, () => llm.newCase()));
  const w0 = performance.now();
  const results = await Promise.all(ids.map((id) => llm.generate(id).catch(() => [])));
  const wallMs = performance.now() - w0;
  const ok = results.filter((ev) => ev.at(-1)?.event === 'done').length;
  llm.close();
  await fake.stop();

  // 2. The offline drafter: the function alone, and a whole generation through HTTP.
  const ctx = draftContext('diversi', factsSchema.parse(CASE_INPUT.facts), assessmentSchema.parse(CASE_INPUT.assessment), CASE_INPUT.request);
  const fn: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    const a = draftAnswerSchema.parse(offlineDraft(ctx));
    groundingFlags(
      { sections: a.sections.map((s) => ({ ...s, title: s.key })), options: { kesimpulan: a.kesimpulan_options, rekomendasi: a.rekomendasi_options } },
      new FactCorpus(corpusValues(ctx)),
      new Set(),
    );
    fn.push(performance.now() - t);
  }
  const off = await server(cfg, 'bench-admin-pass');
  const http: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const id = await off.newCase();
    const t = performance.now();
    const ev = await off.generate(id);
    if (ev.at(-1)?.event !== 'done') throw new Error('offline generation failed');
    if (i >= 2) http.push(performance.now() - t);
  }
  off.close();

  return {
    firstSection: { addedMs, upstreamMs: median(upstream), clientMs: median(client), runs, pass: addedMs <= FIRST_SECTION_LIMIT_MS },
    offline: { functionMs: median(fn.slice(20)), httpMs: median(http), pass: median(http) < OFFLINE_LIMIT_MS },
    concurrent: { n: 20, ok, errors: 20 - ok, wallMs, pass: ok === 20 },
  };
}
