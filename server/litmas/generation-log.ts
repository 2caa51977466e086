import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Db } from '../db/duckdb.ts';
import { loadQueries } from '../db/queries.ts';
import type { Attempt } from '../llm/attempts.ts';
import type { Template } from '../llm/prompts.ts';

const sql = loadQueries(join(import.meta.dirname, 'queries'));

export interface GenerationStart {
  case_id: number;
  user_id: number;
  kind: string;
  drafter: 'llm' | 'offline';
  backend_host: string | null;
  model_requested: string | null;
  templates: Template[];
  redacted: boolean;
  /** Exactly what leaves the server (the redacted prompt when redaction is on); null offline. */
  prompt_sent: string | null;
  /** The same with every identity replaced: what the admin's oversight may read (equal to `prompt_sent` when redacted). */
  prompt_redacted: string | null;
}

export interface GenerationEnd {
  outcome: 'success' | 'failure' | 'aborted';
  model_answered: string | null;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  latency_ms: number;
  first_section_ms: number | null;
  flags: number | null;
  draft_id: number | null;
  error: string | null;
}

/** An HTTP attempt as the API lists it. */
export type AttemptRow = Omit<Attempt, 'raw'> & { raw_answer: string | null; created_at: string };

/** The record of every generation: who, which case, which backend and template, what was sent, how it ended. */
export class GenerationLog {
  constructor(private readonly db: Db) {}

  async start(g: GenerationStart): Promise<number> {
    const hash = createHash('sha256')
      .update(g.templates.map((t) => t.hash).join(':'))
      .digest('hex')
      .slice(0, 16);
    const r = await this.db.one<{ id: number }>(sql('generation_insert'), {
      case_id: g.case_id,
      user_id: g.user_id,
      kind: g.kind,
      drafter: g.drafter,
      host: g.backend_host,
      model: g.model_requested,
      tid: g.templates.map((t) => t.id).join(';'),
      tver: g.templates.map((t) => t.version).join(';'),
      thash: hash,
      redacted: g.redacted,
      prompt: g.prompt_sent,
      prompt_redacted: g.prompt_redacted,
    });
    return r!.id;
  }

  /** Adds a later request of the same generation (the repair, the verification) to what was sent, with its redacted view. */
  async appendPrompt(id: number, sent: string, redacted: string): Promise<void> {
    await this.db.exec(sql('generation_append_prompt'), { id, p: `\n\n${sent}`, r: `\n\n${redacted}` });
  }

  /** Records one HTTP attempt of a generation. */
  async attempt(id: number, a: Attempt): Promise<void> {
    await this.db.exec(sql('attempt_insert'), {
      g: id,
      n: a.n,
      purpose: a.purpose,
      try_no: a.try_no,
      status: a.status,
      request_id: a.request_id,
      latency_ms: a.latency_ms,
      pt: a.prompt_tokens,
      ct: a.completion_tokens,
      raw: a.raw,
      sha: a.raw_sha256,
      error: a.error,
      retry: a.retry_after_s,
    });
  }

  /** The HTTP attempts of a generation; `withRaw` adds the raw answers (for the case's Bapas only). */
  async attempts(id: number, withRaw: boolean): Promise<AttemptRow[]> {
    return this.db.all<AttemptRow>(sql('attempts_of_generation'), { g: id, raw: withRaw });
  }

  async finish(id: number, e: GenerationEnd): Promise<void> {
    await this.db.exec(sql('generation_finish'), {
      id,
      outcome: e.outcome,
      ma: e.model_answered,
      pt: e.prompt_tokens,
      ct: e.completion_tokens,
      lat: e.latency_ms,
      fs: e.first_section_ms,
      flags: e.flags,
      draft: e.draft_id,
      error: e.error,
    });
  }

  async list(caseId: number) {
    return this.db.all(sql('generations_of_case'), { c: caseId });
  }

  /** What left the server for one generation of a case (null when nothing did: offline). */
  async sent(
    caseId: number,
    id: number,
  ): Promise<{ id: number; drafter: string; redacted: boolean; backend_host: string | null; prompt_sent: string | null } | undefined> {
    return this.db.one(sql('generation_sent'), { id, c: caseId });
  }
}
