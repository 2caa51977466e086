import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { z } from 'zod';
import type { LlmCaller } from '../llm/attempts.ts';
import { render, type Template } from '../llm/prompts.ts';
import type { DraftContext } from './context.ts';
import type { DraftContent, Flag } from './draft.ts';
import { decisionOptions } from './options.ts';
import type { Pseudonymizer } from './redact.ts';
import { extractJson } from './scanner.ts';

const answerSchema = z.object({
  paragraphs: z
    .array(
      z.object({
        ref: z.string().max(80),
        issues: z
          .array(z.object({ statement: z.string().min(1).max(1000), verdict: z.enum(['tidak_didukung', 'bertentangan']), reason: z.string().max(1000) }))
          .max(20),
      }),
    )
    .max(400),
});

const JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['paragraphs'],
  properties: {
    paragraphs: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['ref', 'issues'],
        properties: {
          ref: { type: 'string' },
          issues: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['statement', 'verdict', 'reason'],
              properties: {
                statement: { type: 'string' },
                verdict: { type: 'string', enum: ['tidak_didukung', 'bertentangan'] },
                reason: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
};

export interface VerifyDeps {
  /** Makes (and records) the request within the generation's time limits. */
  caller: LlmCaller;
  template: Template;
  /** Pseudonymises text before it leaves (null when the admin allowed clear text to this host). */
  pseudo: Pseudonymizer | null;
  /** The last identity check on the outgoing messages. */
  guard: (messages: ChatCompletionMessageParam[]) => void;
  /** Records what was sent with the generation. */
  onSent: (sent: string) => Promise<void>;
}

/** The note added when the pass could not run or its answer could not be read: never a reason to fail. */
function unverified(section: string, why: string): Flag {
  return {
    id: `${section}:0:unverified:verifikasi`,
    section,
    paragraph: 0,
    kind: 'unverified',
    text: 'Pemeriksaan fakta oleh LLM tidak dapat dilakukan',
    note: why,
    acknowledged_by: null,
  };
}

/**
 * The verification pass: one request asks the LLM, for every paragraph and option that
 * cites facts, which statements the cited facts do not support or contradict; each
 * becomes a flag. Identities are pseudonymised as in the drafting request. If the
 * request fails or its answer is unreadable, one "could not verify" note is added and
 * the draft is kept: the pass never blocks a generation.
 */
export async function verifyDraft(d: VerifyDeps, ctx: DraftContext, body: Pick<DraftContent, 'sections' | 'options'>): Promise<Flag[]> {
  const hide = (s: string) => (d.pseudo ? d.pseudo.redact(s) : s);
  const back = (s: string) => (d.pseudo ? d.pseudo.restore(s) : s);
  const facts = new Map([...ctx.facts, ...ctx.computed].map((f) => [f.id, f]));
  const items: { ref: string; section: string; paragraph: number; text: string; fact_ids: string[] }[] = [];
  for (const s of body.sections) s.paragraphs.forEach((p, i) => items.push({ ref: `${s.key}:${i}`, section: s.key, paragraph: i, ...p }));
  for (const [section, options] of decisionOptions(body)) options.forEach((o, i) => items.push({ ref: `${section}:${i}`, section, paragraph: i, ...o }));
  const checked = items.filter((p) => p.fact_ids.some((id) => facts.has(id)));
  const first = body.sections[0]?.key ?? 'analisis';
  if (checked.length === 0) return [];

  const data = {
    paragraf: checked.map((p) => ({
      ref: p.ref,
      teks: hide(p.text),
      fakta_dikutip: p.fact_ids.filter((id) => facts.has(id)).map((id) => ({ id, label: facts.get(id)!.label, isi: hide(facts.get(id)!.value) })),
    })),
  };
  const messages: ChatCompletionMessageParam[] = [
    {
      role: 'user',
      content: render(d.template, { data: JSON.stringify(data, null, 1).replace(/`/g, '\\u0060'), schema: JSON.stringify(JSON_SCHEMA) }),
    },
  ];
  let content: string;
  try {
    d.guard(messages);
    await d.onSent(`### user (verifikasi, ${d.template.id}@${d.template.version})\n${messages[0].content as string}`);
    const rf = d.caller.backend.responseFormat;
    const format =
      rf === 'json_schema'
        ? { type: 'json_schema' as const, json_schema: { name: 'litmas_verification', strict: true, schema: JSON_SCHEMA } }
        : rf === 'json_object'
          ? { type: 'json_object' as const }
          : undefined;
    const res = await d.caller.complete('verify', { messages, temperature: 0, ...(format && { response_format: format }) });
    content = res.content;
  } catch (e) {
    const stop = d.caller.deadline.reason;
    if (stop === 'aborted') throw e;
    const why =
      (e as { code?: string }).code === 'identity_left'
        ? (e as Error).message
        : stop
          ? 'batas waktu penyusunan draf habis sebelum verifikasi selesai'
          : 'server LLM tidak menjawab permintaan verifikasi';
    return [unverified(first, why)];
  }
  let parsed: z.infer<typeof answerSchema>;
  try {
    parsed = answerSchema.parse(extractJson(content));
  } catch {
    return [unverified(first, 'jawaban verifikasi dari server LLM tidak dapat dibaca')];
  }
  const byRef = new Map(checked.map((p) => [p.ref, p]));
  const flags: Flag[] = [];
  for (const p of parsed.paragraphs) {
    const item = byRef.get(p.ref.trim());
    if (!item) continue;
    for (const issue of p.issues) {
      const kind = issue.verdict === 'bertentangan' ? 'contradiction' : 'unsupported';
      const text = back(issue.statement).slice(0, 300);
      const id = `${item.section}:${item.paragraph}:${kind}:${text}`;
      if (flags.some((f) => f.id === id)) continue;
      flags.push({
        id,
        section: item.section,
        paragraph: item.paragraph,
        kind,
        text,
        note: `Pemeriksa LLM: ${back(issue.reason).slice(0, 300)}`,
        acknowledged_by: null,
      });
    }
  }
  return flags;
}
