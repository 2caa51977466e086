import type { AuditLog } from '../audit/service.ts';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/duckdb.ts';
import type { LlmBackend } from '../llm/client.ts';
import type { Template } from '../llm/prompts.ts';
import { citableIds, draftContext, groundingCorpus, type DraftContext } from './context.ts';
import { draftAnswerSchema, outlineFor, sectionSchema, type DraftAnswer, type DraftContent, type DraftSection } from './draft.ts';
import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { LlmCaller, type Purpose } from '../llm/attempts.ts';
import { Deadline } from '../llm/deadline.ts';
import { GenerationError, stoppedError, toGenerationError } from '../llm/errors.ts';
import type { ClearTextDecision } from '../settings/service.ts';
import { groundingFlags } from './grounding.ts';
import { buildMessages, llmDraft, promptOwnText, type LlmRun } from './llm-draft.ts';
import { assertNothingIdentifying } from './pseudonym/guard.ts';
import { offlineDraft } from './offline.ts';
import { Pseudonymizer } from './redact.ts';
import type { CaseRecord, CaseStore } from './store.ts';
import { canEdit } from './workflow.ts';
import { GenerationLog } from './generation-log.ts';
import { ApiError } from '../http/errors.ts';
import { verifyDraft } from './verify.ts';

export type GenerationEvent =
  | { type: 'start'; drafter: 'llm' | 'offline'; model: string | null; redacted: boolean; sections: { key: string; title: string }[] }
  | { type: 'section'; section: DraftSection & { title: string } }
  | { type: 'retry'; purpose: Purpose; try_no: number; max_tries: number; status: number | null; wait_s: number; message: string }
  | { type: 'done'; generation_id: number; draft_id: number; version_no: number; flags: number }
  | { type: 'error'; generation_id: number; code: string; message: string; retryable: boolean };

export interface GenerateDeps {
  db: Db;
  cases: CaseStore;
  audit: AuditLog;
  backend: LlmBackend | null;
  templates: Map<string, Template>;
  /** Whether clear text may go to the host now (allowed with a legal basis, and a private address). */
  clearText: (host: string) => Promise<ClearTextDecision>;
}

/** Puts drafter output in outline order with titles; a section the drafter skipped is marked missing. */
function assemble(ctx: DraftContext, answer: DraftAnswer, restore: (s: string) => string): Pick<DraftContent, 'sections' | 'options'> {
  const got = new Map(answer.sections.map((s) => [s.key, s]));
  const fix = <T extends { text: string }>(p: T): T => ({ ...p, text: restore(p.text) });
  const sections = outlineFor(ctx.kind).map((o) => {
    const s = got.get(o.key);
    const paragraphs = s
      ? s.paragraphs.map((p) => ({ ...fix(p), missing: p.missing.map(restore) }))
      : [{ text: `[PERLU DATA: bagian "${o.title}" tidak ditulis oleh drafter]`, fact_ids: [], missing: [o.title] }];
    return { key: o.key, title: o.title, paragraphs };
  });
  return { sections, options: { kesimpulan: answer.kesimpulan_options.map(fix), rekomendasi: answer.rekomendasi_options.map(fix) } };
}

/**
 * Drafts a litmas for a case and streams it: start, each section as it is written,
 * then done (a new draft version) or error (nothing stored, the case untouched).
 */
export async function generateDraft(
  deps: GenerateDeps,
  actor: Actor,
  rec: CaseRecord,
  signal: AbortSignal,
  emit: (e: GenerationEvent) => Promise<void>,
): Promise<void> {
  const caseId = rec.id;
  if (!canEdit(actor, rec)) throw new ApiError(403, "Only the case's PK can generate a draft while it is a draft or returned");
  const ctx = draftContext(rec.kind, rec.facts, rec.assessment, rec.request);
  const backend = deps.backend;
  const clear = backend ? await deps.clearText(backend.host) : null;
  const redact = backend ? !clear!.allowed : false;
  const pseudo = new Pseudonymizer(rec.facts, {
    letter_number: rec.request.letter_number,
    requester_name: rec.request.requester_name,
    request: { ...rec.request },
  });
  const log = new GenerationLog(deps.db);
  const started = performance.now();
  let firstSectionMs: number | null = null;
  const outline = outlineFor(rec.kind).map((o) => ({ key: o.key, title: o.title }));

  const templates = ['litmas.system', 'litmas.draft', `litmas.kind.${rec.kind}`].map((id) => {
    const t = deps.templates.get(id);
    if (!t) throw new Error(`Prompt template ${id} is missing`);
    return t;
  });
  const verifyTemplate = deps.templates.get('litmas.verify');
  if (backend && !verifyTemplate) throw new Error('Prompt template litmas.verify is missing');
  // What will leave the server, built before anything is sent, and recorded with the
  // generation. The record is written while the upstream request is under way.
  const messages = backend ? buildMessages(ctx, templates, redact ? pseudo : null) : null;
  const asText = (m: ChatCompletionMessageParam[]) => m.map((x) => `### ${x.role}\n${x.content as string}`).join('\n\n');
  // The admin's oversight reads what was sent with every identity replaced, never the clear text.
  const redactedView = (text: string) => (redact ? text : pseudo.redact(text));
  // The last check: an identity still in the outgoing text stops the request (and is not recorded as sent).
  const own = promptOwnText(ctx, [...templates, ...(verifyTemplate ? [verifyTemplate] : [])]);
  const guard = (m: Parameters<typeof assertNothingIdentifying>[0]) => (redact ? assertNothingIdentifying(m, pseudo, own) : undefined);
  let blocked: unknown = null;
  try {
    if (messages) guard(messages);
  } catch (e) {
    blocked = e;
  }
  const logged = log.start({
    case_id: caseId,
    user_id: actor.userId,
    kind: rec.kind,
    drafter: backend ? 'llm' : 'offline',
    backend_host: backend?.host ?? null,
    model_requested: backend?.model ?? null,
    templates,
    redacted: redact,
    prompt_sent: messages && !blocked ? asText(messages) : null,
    prompt_redacted: messages && !blocked ? (redact ? asText(messages) : asText(buildMessages(ctx, templates, pseudo))) : null,
  });
  // A failed insert must not surface as an unhandled rejection before it is awaited.
  logged.catch(() => undefined);
  await emit({ type: 'start', drafter: backend ? 'llm' : 'offline', model: backend?.model ?? null, redacted: redact, sections: outline });

  const restore = (s: string) => (redact ? pseudo.restore(s) : s);
  const onSection = async (raw: unknown) => {
    const parsed = sectionSchema.safeParse(raw);
    const title = outline.find((o) => o.key === parsed.data?.key)?.title;
    if (!parsed.success || !title) return;
    firstSectionMs ??= Math.round(performance.now() - started);
    const s = parsed.data;
    await emit({
      type: 'section',
      section: { key: s.key, title, paragraphs: s.paragraphs.map((p) => ({ ...p, text: restore(p.text), missing: p.missing.map(restore) })) },
    });
  };

  // The time limits of the whole generation, and every HTTP attempt on record.
  const deadline = backend ? new Deadline(signal, backend.timeoutMs, backend.stallMs) : null;
  const caller =
    backend && deadline
      ? new LlmCaller(backend, deadline, {
          onAttempt: async (a) => log.attempt(await logged, a),
          onRetry: async (r) =>
            emit({
              type: 'retry',
              ...r,
              message: `Server LLM ${r.status ? `menjawab HTTP ${r.status}` : 'tidak dapat dihubungi'}; mencoba lagi dalam ${r.wait_s} detik (percobaan ${r.try_no + 1} dari ${r.max_tries}).`,
            }),
        })
      : null;
  const tokens = () =>
    caller?.usage.known ? { prompt: caller.usage.prompt_tokens, completion: caller.usage.completion_tokens } : { prompt: null, completion: null };

  let run: LlmRun | null = null;
  try {
    if (blocked) throw blocked;
    let answer: DraftAnswer;
    if (caller) {
      // A repair request leaves the server too: it is added to the record of what was sent.
      const onRepair = async (sent: string) => log.appendPrompt(await logged, sent, redactedView(sent));
      run = await llmDraft(
        caller,
        messages!,
        outline.map((o) => o.key),
        onSection,
        onRepair,
        guard,
      );
      answer = run.answer;
    } else {
      answer = draftAnswerSchema.parse(offlineDraft(ctx));
      for (const s of answer.sections) await onSection(s);
    }
    const genId = await logged;
    const body = assemble(ctx, answer, restore);
    const flags = groundingFlags(body, groundingCorpus(ctx), citableIds(ctx));
    if (caller && verifyTemplate) {
      // The verification pass: statements the cited facts do not support become flags too.
      const onSent = async (sent: string) => log.appendPrompt(genId, sent, redactedView(sent));
      const checked = await verifyDraft({ caller, template: verifyTemplate, pseudo: redact ? pseudo : null, guard, onSent }, ctx, body);
      for (const f of checked) if (!flags.some((x) => x.id === f.id)) flags.push(f);
    }
    const drafter = backend ? 'llm' : 'offline';
    const content: DraftContent = { ...body, decisions: { kesimpulan: null, rekomendasi: null }, flags, drafter, origin: drafter };
    const draft = await deps.cases.addDraft(caseId, content, backend ? 'llm' : 'offline', actor.userId, genId, ['draft', 'returned']).catch((e) => {
      throw e instanceof ApiError
        ? new GenerationError('case_changed', 'Kasus sudah diajukan atau disetujui selama draf disusun; draf ini tidak disimpan.', false)
        : e;
    });
    await log.finish(genId, {
      outcome: 'success',
      model_answered: run?.model ?? null,
      prompt_tokens: tokens().prompt,
      completion_tokens: tokens().completion,
      latency_ms: Math.round(performance.now() - started),
      first_section_ms: firstSectionMs,
      flags: flags.length,
      draft_id: draft.id,
      error: null,
    });
    await deps.audit.record(actor, {
      action: 'litmas.generate',
      target: `case:${caseId}`,
      outcome: 'success',
      details: {
        generation_id: genId,
        kind: rec.kind,
        drafter,
        host: backend?.host ?? null,
        model: backend?.model ?? null,
        model_answered: run?.model ?? null,
        templates: templates.map((t) => `${t.id}@${t.version}#${t.hash}`),
        redacted: redact,
        ...(clear?.legal_basis && !redact && { legal_basis: clear.legal_basis }),
        ...(clear?.refused && { clear_text_refused: clear.refused }),
        prompt_tokens: tokens().prompt,
        completion_tokens: tokens().completion,
        latency_ms: Math.round(performance.now() - started),
        flags: flags.length,
        draft_version: draft.version_no,
      },
    });
    await emit({ type: 'done', generation_id: genId, draft_id: draft.id, version_no: draft.version_no, flags: flags.length });
  } catch (e) {
    const genId = await logged;
    // A request stopped by the time limits fails as such; a failure of our own (the case moved on) keeps its reason.
    const ours = e instanceof GenerationError && e.code !== 'stream_broken';
    const stop = signal.aborted ? 'aborted' : ours ? null : (deadline?.reason ?? (e instanceof OpenAI.APIConnectionTimeoutError ? 'timeout' : null));
    const err =
      stop === 'aborted' ? new GenerationError('aborted', 'Pembuatan draf dibatalkan.') : stop && backend ? stoppedError(stop, backend) : toGenerationError(e);
    await log.finish(genId, {
      outcome: err.code === 'aborted' ? 'aborted' : 'failure',
      model_answered: run?.model ?? null,
      prompt_tokens: tokens().prompt,
      completion_tokens: tokens().completion,
      latency_ms: Math.round(performance.now() - started),
      first_section_ms: firstSectionMs,
      flags: null,
      draft_id: null,
      error: `${err.code}: ${e instanceof Error ? e.message : String(e)}`.slice(0, 1000),
    });
    await deps.audit.record(actor, {
      action: 'litmas.generate',
      target: `case:${caseId}`,
      outcome: 'failure',
      details: {
        generation_id: genId,
        code: err.code,
        host: backend?.host ?? null,
        redacted: redact,
        ...(clear?.refused && { clear_text_refused: clear.refused }),
        prompt_tokens: tokens().prompt,
        completion_tokens: tokens().completion,
      },
    });
    if (!signal.aborted) await emit({ type: 'error', generation_id: genId, code: err.code, message: err.message, retryable: err.retryable });
  } finally {
    deadline?.dispose();
  }
}
