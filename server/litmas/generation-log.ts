import { createHash } from 'node:crypto';
import type { Db } from '../db/duckdb.ts';
import type { Template } from '../llm/prompts.ts';

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

/** The record of every generation: who, which case, which backend and template, what was sent, how it ended. */
export class GenerationLog {
  constructor(private readonly db: Db) {}

  async start(g: GenerationStart): Promise<number> {
    const hash = createHash('sha256')
      .update(g.templates.map((t) => t.hash).join(':'))
      .digest('hex')
      .slice(0, 16);
    const r = await this.db.one<{ id: number }>(
      `INSERT INTO litmas_generations (case_id, user_id, kind, drafter, backend_host, model_requested, template_id, template_version, template_hash, redacted, prompt_sent, outcome)
       VALUES ($case_id, $user_id, $kind, $drafter, $host, $model, $tid, $tver, $thash, $redacted, $prompt, 'running') RETURNING id`,
      {
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
      },
    );
    return r!.id;
  }

  /** Adds a later request of the same generation (the repair) to what was sent. */
  async appendPrompt(id: number, sent: string): Promise<void> {
    await this.db.exec("UPDATE litmas_generations SET prompt_sent = coalesce(prompt_sent, '') || $p WHERE id = $id", { id, p: `\n\n${sent}` });
  }

  async finish(id: number, e: GenerationEnd): Promise<void> {
    await this.db.exec(
      `UPDATE litmas_generations SET outcome = $outcome, model_answered = $ma, prompt_tokens = $pt, completion_tokens = $ct,
         latency_ms = $lat, first_section_ms = $fs, flags = $flags, draft_id = $draft, error = $error WHERE id = $id`,
      {
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
      },
    );
  }

  async list(caseId: number) {
    return this.db.all(
      `SELECT id, kind, drafter, backend_host, model_requested, model_answered, template_id, template_version, template_hash, redacted,
         prompt_tokens, completion_tokens, latency_ms, first_section_ms, flags, outcome, error, draft_id, user_id,
         strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at
       FROM litmas_generations WHERE case_id = $c ORDER BY id DESC`,
      { c: caseId },
    );
  }

  /** What left the server for one generation of a case (null when nothing did: offline). */
  async sent(
    caseId: number,
    id: number,
  ): Promise<{ id: number; drafter: string; redacted: boolean; backend_host: string | null; prompt_sent: string | null } | undefined> {
    return this.db.one('SELECT id, drafter, redacted, backend_host, prompt_sent FROM litmas_generations WHERE id = $id AND case_id = $c', { id, c: caseId });
  }
}
