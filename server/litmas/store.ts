import type { Actor } from '../actor.ts';
import { join } from 'node:path';
import type { Db } from '../db/duckdb.ts';
import { loadQueries } from '../db/queries.ts';
import { ApiError } from '../http/errors.ts';
import type { CaseRecord, CaseStatus, DraftRecord } from '../../common/litmas/case.ts';
import type { DraftContent } from '../../common/litmas/draft.ts';
import { assessmentSchema, factsSchema, type Assessment, type CaseRequest, type Facts } from '../../common/litmas/facts.ts';
import type { LitmasKind } from '../../common/litmas/kinds.ts';

export type { CaseRecord, CaseStatus, DraftRecord } from '../../common/litmas/case.ts';

const sql = loadQueries(join(import.meta.dirname, 'queries'));

/** DuckDB reports a broken unique or primary key like this. */
const isConflict = (e: unknown) => /constraint|conflict/i.test(String((e as Error)?.message ?? e));
const changed = () => new ApiError(409, 'The case was changed elsewhere: reload it');

function parseCase(r: Record<string, unknown>): CaseRecord {
  return {
    ...(r as unknown as CaseRecord),
    request: JSON.parse(r.request as string),
    facts: factsSchema.parse(JSON.parse(r.facts as string)),
    assessment: assessmentSchema.parse(JSON.parse(r.assessment as string)),
  };
}

/**
 * Litmas cases in the application database. Every read is scoped in SQL to the
 * user's Bapas, so a case of another Bapas is simply not found (404).
 */
export class CaseStore {
  constructor(private readonly db: Db) {}

  /** Cases of the user's Bapas, newest first (a researcher may ask for their own only). */
  async list(actor: Actor, filter: { mine?: boolean; status?: CaseStatus } = {}) {
    const rows = await this.db.all(sql('cases_list'), { bapas: actor.bapasCode ?? '', mine: filter.mine ? actor.userId : null, status: filter.status ?? null });
    return rows.map((r) => {
      const c = parseCase(r);
      // The list carries what a list needs, not the whole file of facts.
      return {
        id: c.id,
        kind: c.kind,
        status: c.status,
        title: c.title,
        pk_user_id: c.pk_user_id,
        pk_name: c.pk_name,
        due_at: c.request.due_at ?? null,
        received_at: c.request.received_at ?? null,
        updated_at: c.updated_at,
        draft_versions: (r.draft_versions as number | null) ?? 0,
      };
    });
  }

  /** One case of the user's Bapas; 404 otherwise. */
  async get(actor: Actor, id: number): Promise<CaseRecord> {
    const r = await this.db.one(sql('case_get'), {
      id,
      bapas: actor.bapasCode ?? '',
    });
    if (!r) throw ApiError.notFound(`No litmas case ${id}`);
    return parseCase(r);
  }

  async create(actor: Actor, c: { kind: LitmasKind; title: string; request: CaseRequest; facts: Facts; assessment: Assessment }): Promise<CaseRecord> {
    const r = await this.db.one<{ id: number }>(sql('case_insert'), {
      bapas: actor.bapasCode!,
      pk: actor.userId,
      kind: c.kind,
      title: c.title,
      request: JSON.stringify(c.request),
      facts: JSON.stringify(c.facts),
      assessment: JSON.stringify(c.assessment),
    });
    return this.get(actor, r!.id);
  }

  /** Saves changed fields; refuses a stale revision (another tab saved first) with 409. */
  async update(
    actor: Actor,
    id: number,
    revision: number,
    patch: Partial<{ title: string; request: CaseRequest; facts: Facts; assessment: Assessment }>,
  ): Promise<CaseRecord> {
    const cur = await this.get(actor, id);
    if (cur.revision !== revision) throw new ApiError(409, 'The case was changed elsewhere: reload it', { revision: cur.revision });
    const next = { ...cur, ...patch };
    // The revision and the status are checked again in the statement itself: of two
    // saves at once, or a save racing a submission, exactly one wins.
    const done = await this.db
      .one(sql('case_update'), {
        id,
        revision,
        title: next.title,
        request: JSON.stringify(next.request),
        facts: JSON.stringify(next.facts),
        assessment: JSON.stringify(next.assessment),
      })
      .catch((e) => {
        throw isConflict(e) ? changed() : e;
      });
    if (!done) throw changed();
    return this.get(actor, id);
  }

  /** Moves a case from one of `from` to `status`; 409 when it is no longer in `from`. */
  async setStatus(id: number, from: CaseStatus[], status: CaseStatus, approval?: { by: number; version: number }): Promise<void> {
    const done = await this.db
      .one(sql('case_status'), { id, status, from: from.join(','), by: approval?.by ?? null, version: approval?.version ?? null })
      .catch((e) => {
        throw isConflict(e) ? changed() : e;
      });
    if (!done) throw changed();
  }

  async drafts(caseId: number): Promise<Omit<DraftRecord, 'content'>[]> {
    return this.db.all(sql('drafts_list'), { c: caseId });
  }

  /** A draft version of a case (latest when `version` is omitted), or undefined. */
  async draft(caseId: number, version?: number): Promise<DraftRecord | undefined> {
    const r = await this.db.one<Record<string, unknown>>(sql('draft_get'), { c: caseId, v: version ?? null });
    return r ? ({ ...r, content: JSON.parse(r.content as string) } as DraftRecord) : undefined;
  }

  /**
   * Stores a new draft version (every save is kept), only while the case is in one of
   * `whenStatus`: a generation that ends after the case was submitted or approved
   * stores nothing. 409 when the status moved on or another save took the version.
   */
  async addDraft(
    caseId: number,
    content: DraftContent,
    source: DraftRecord['source'],
    userId: number,
    generationId: number | null,
    whenStatus: CaseStatus[],
  ): Promise<DraftRecord> {
    const row = await this.db
      .one<{ id: number }>(sql('draft_insert'), {
        c: caseId,
        s: source,
        g: generationId,
        content: JSON.stringify(content),
        u: userId,
        when: whenStatus.join(','),
      })
      .catch((e) => {
        throw isConflict(e) ? changed() : e;
      });
    if (!row) throw new ApiError(409, 'The case moved on (submitted or approved): nothing was saved');
    return (await this.draft(caseId))!;
  }

  async addReview(caseId: number, userId: number, action: 'submit' | 'return' | 'approve', comment: string | null): Promise<void> {
    await this.db.exec(sql('review_insert'), {
      c: caseId,
      u: userId,
      a: action,
      m: comment,
    });
  }

  async reviews(caseId: number) {
    return this.db.all(sql('reviews_list'), { c: caseId });
  }
}
