import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { LlmCaller } from '../llm/attempts.ts';
import type { LlmBackend } from '../llm/client.ts';
import { render, type Template } from '../llm/prompts.ts';
import type { DraftContext } from './context.ts';
import type { Fact } from './facts.ts';
import { draftAnswerSchema, draftJsonSchema, outlineFor, type DraftAnswer } from './draft.ts';
import { GenerationError } from '../llm/errors.ts';
import type { Pseudonymizer } from './redact.ts';
import { extractJson, SectionScanner } from './scanner.ts';

export interface LlmRun {
  answer: DraftAnswer;
  model: string | null;
}

/**
 * The case data as the JSON the prompt shows inside its data block, with identities
 * replaced when `hide` pseudonymises. Backticks are escaped so no value can close the
 * block and pass for prompt text.
 */
export function caseData(ctx: DraftContext, hide: (s: string) => string): string {
  const fact = (f: Fact) => ({ id: f.id, label: f.label, isi: hide(f.value) });
  const data = {
    permintaan: ctx.computed.filter((f) => f.section === 'request').map(fact),
    fakta: ctx.facts.map(fact),
    fakta_turunan: ctx.computed.filter((f) => f.section !== 'legal' && f.section !== 'request').map(fact),
    dasar_hukum: ctx.computed.filter((f) => f.section === 'legal').map(fact),
  };
  return JSON.stringify(data, null, 1).replace(/`/g, '\\u0060');
}

/** The system and user messages, with identities replaced when a pseudonymizer is given. */
export function buildMessages(ctx: DraftContext, templates: Template[], pseudo: Pseudonymizer | null): ChatCompletionMessageParam[] {
  const hide = (s: string) => (pseudo ? pseudo.redact(s) : s);
  const [system, draft, kind] = templates;
  const outline = outlineFor(ctx.kind);
  const user = render(draft, {
    kind_label: ctx.kindLabel,
    outline: outline.map((o, i) => `${i + 1}. ${o.key}: ${o.title}`).join('\n'),
    kind_guidance: render(kind, {}),
    data: caseData(ctx, hide),
    schema: JSON.stringify(draftJsonSchema(outline.map((o) => o.key))),
  });
  return [
    { role: 'system', content: render(system, {}) },
    { role: 'user', content: user },
  ];
}

/** The prompt's own wording (templates, outline, labels, schema): text that holds no identity. */
export function promptOwnText(ctx: DraftContext, templates: Template[]): string {
  const outline = outlineFor(ctx.kind);
  return [
    ...templates.map((t) => t.body),
    ctx.kindLabel,
    ...outline.map((o) => o.title),
    ...[...ctx.facts, ...ctx.computed].map((f) => f.label),
    JSON.stringify(draftJsonSchema(outline.map((o) => o.key))),
  ].join('\n');
}

function responseFormat(b: LlmBackend, keys: string[]) {
  if (b.responseFormat === 'json_schema') {
    return { type: 'json_schema' as const, json_schema: { name: 'litmas_draft', strict: true, schema: draftJsonSchema(keys) } };
  }
  return b.responseFormat === 'json_object' ? { type: 'json_object' as const } : undefined;
}

/**
 * Asks the LLM for the draft, streaming: each complete section goes to `onSection` as it
 * arrives. The whole answer is validated; an invalid one gets one repair request, then
 * the generation fails clearly. `guard` sees every request's messages before it is sent
 * (the last identity check) and throws to stop it. The caller makes (and records) the
 * HTTP attempts within the generation's time limits.
 */
export async function llmDraft(
  caller: LlmCaller,
  messages: ChatCompletionMessageParam[],
  keys: string[],
  onSection: (s: unknown) => Promise<void>,
  onRepair: (sent: string) => Promise<void>,
  guard: (messages: ChatCompletionMessageParam[]) => void = () => undefined,
): Promise<LlmRun> {
  const format = responseFormat(caller.backend, keys);
  guard(messages);
  const scanner = new SectionScanner();
  const streamed = await caller.stream('draft', { messages, temperature: 0.2, ...(format && { response_format: format }) }, async (delta) => {
    for (const s of scanner.push(delta)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(s);
      } catch {
        continue; // a section that does not parse is judged with the whole answer below
      }
      await onSection(parsed);
    }
  });
  const text = scanner.all();
  const first = validate(text);
  if (first.ok) return { answer: first.answer, model: streamed.model };

  // One repair request, not streamed: the same conversation plus what was wrong.
  const followUp: ChatCompletionMessageParam[] = [
    { role: 'assistant', content: text.slice(0, 20_000) },
    { role: 'user', content: `Jawaban tersebut tidak valid (${first.error}). Kirim ulang HANYA objek JSON yang valid sesuai skema.` },
  ];
  guard(followUp);
  await onRepair(followUp.map((m) => `### ${m.role} (perbaikan)\n${m.content as string}`).join('\n\n'));
  const repair = await caller.complete('repair', { messages: [...messages, ...followUp], temperature: 0, ...(format && { response_format: format }) });
  const second = validate(repair.content);
  if (!second.ok) {
    throw new GenerationError(
      'invalid_answer',
      'Jawaban server LLM tidak sesuai format draf, juga setelah satu kali perbaikan. Coba lagi atau gunakan model lain.',
    );
  }
  return { answer: second.answer, model: streamed.model ?? repair.model };
}

function validate(text: string): { ok: true; answer: DraftAnswer } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = extractJson(text);
  } catch (e) {
    return { ok: false, error: `bukan JSON: ${(e as Error).message}` };
  }
  const r = draftAnswerSchema.safeParse(json);
  if (r.success) return { ok: true, answer: r.data };
  return {
    ok: false,
    error: r.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; '),
  };
}
