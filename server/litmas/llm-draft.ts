import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { LlmBackend } from '../llm/client.ts';
import { render, type Template } from '../prompts.ts';
import type { DraftContext } from './context.ts';
import { draftAnswerSchema, draftJsonSchema, outlineFor, type DraftAnswer } from './draft.ts';
import { GenerationError } from './errors.ts';
import type { Pseudonymizer } from './redact.ts';
import { extractJson, SectionScanner } from './scanner.ts';

export interface LlmRun {
  answer: DraftAnswer;
  model: string | null;
  usage: { prompt_tokens: number; completion_tokens: number } | null;
}

const REQUEST_LABELS: Record<string, string> = {
  requester: 'Instansi peminta',
  requester_name: 'Nama peminta',
  letter_number: 'Nomor surat',
  letter_date: 'Tanggal surat',
  received_at: 'Diterima',
  due_at: 'Tenggat',
  purpose: 'Keperluan',
};

/** The system and user messages, with identities replaced when a pseudonymizer is given. */
export function buildMessages(ctx: DraftContext, templates: Template[], pseudo: Pseudonymizer | null): ChatCompletionMessageParam[] {
  const hide = (s: string) => (pseudo ? pseudo.redact(s) : s);
  const [system, draft, kind] = templates;
  const outline = outlineFor(ctx.kind);
  const lines = (fs: { id: string; label: string; value: string }[]) => fs.map((f) => `- ${f.id}: ${f.label} = ${hide(f.value)}`).join('\n');
  const user = render(draft, {
    kind_label: ctx.kindLabel,
    request:
      Object.entries(ctx.request)
        .filter(([, v]) => v)
        .map(([k, v]) => `- ${REQUEST_LABELS[k] ?? k}: ${hide(String(v))}`)
        .join('\n') || '- (tidak ada)',
    outline: outline.map((o, i) => `${i + 1}. ${o.key}: ${o.title}`).join('\n'),
    kind_guidance: render(kind, {}),
    facts: lines(ctx.facts) || '- (belum ada fakta)',
    assessment: lines(ctx.computed) || '- (asesmen belum diisi)',
    schema: JSON.stringify(draftJsonSchema(outline.map((o) => o.key))),
  });
  return [
    { role: 'system', content: render(system, {}) },
    { role: 'user', content: user },
  ];
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
 * the generation fails clearly.
 */
export async function llmDraft(
  b: LlmBackend,
  messages: ChatCompletionMessageParam[],
  keys: string[],
  signal: AbortSignal,
  onSection: (s: unknown) => Promise<void>,
  onRepair: (sent: string) => Promise<void>,
): Promise<LlmRun> {
  const format = responseFormat(b, keys);
  const stream = await b.client.chat.completions.create(
    { model: b.model, messages, stream: true, stream_options: { include_usage: true }, temperature: 0.2, ...(format && { response_format: format }) },
    { signal },
  );
  const scanner = new SectionScanner();
  let model: string | null = null;
  let usage: LlmRun['usage'] = null;
  try {
    for await (const chunk of stream) {
      model ??= chunk.model || null;
      if (chunk.usage) usage = { prompt_tokens: chunk.usage.prompt_tokens, completion_tokens: chunk.usage.completion_tokens };
      const delta = chunk.choices[0]?.delta?.content;
      if (!delta) continue;
      for (const s of scanner.push(delta)) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(s);
        } catch {
          continue; // a section that does not parse is judged with the whole answer below
        }
        await onSection(parsed);
      }
    }
  } catch (e) {
    if (signal.aborted) throw e;
    // The answer had begun: whatever broke, it broke mid-stream.
    throw new GenerationError('stream_broken', 'Aliran jawaban dari server LLM terputus atau rusak. Coba lagi.');
  }
  const text = scanner.all();
  const first = validate(text);
  if (first.ok) return { answer: first.answer, model, usage };

  // One repair request, not streamed: the same conversation plus what was wrong.
  const followUp: ChatCompletionMessageParam[] = [
    { role: 'assistant', content: text.slice(0, 20_000) },
    { role: 'user', content: `Jawaban tersebut tidak valid (${first.error}). Kirim ulang HANYA objek JSON yang valid sesuai skema.` },
  ];
  await onRepair(followUp.map((m) => `### ${m.role} (perbaikan)\n${m.content as string}`).join('\n\n'));
  const repair = await b.client.chat.completions.create(
    {
      model: b.model,
      messages: [...messages, ...followUp],
      temperature: 0,
      ...(format && { response_format: format }),
    },
    { signal },
  );
  const second = validate(repair.choices[0]?.message?.content ?? '');
  if (repair.usage && usage) {
    usage = { prompt_tokens: usage.prompt_tokens + repair.usage.prompt_tokens, completion_tokens: usage.completion_tokens + repair.usage.completion_tokens };
  }
  if (!second.ok) {
    throw new GenerationError(
      'invalid_answer',
      'Jawaban server LLM tidak sesuai format draf, juga setelah satu kali perbaikan. Coba lagi atau gunakan model lain.',
    );
  }
  return { answer: second.answer, model: model ?? repair.model ?? null, usage };
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
