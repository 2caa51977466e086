import type { Actor } from '../actor.ts';
import type { Db } from '../db/duckdb.ts';
import { ApiError } from '../http/errors.ts';
import type { CaseRecord, CaseStatus, DraftRecord } from '../../common/litmas/case.ts';
import type { DraftContent } from '../../common/litmas/draft.ts';
import { assessmentSchema, factsSchema, type Assessment, type CaseRequest, type Facts } from '../../common/litmas/facts.ts';
import type { LitmasKind } from '../../common/litmas/kinds.ts';

export type { CaseRecord, CaseStatus, DraftRecord } from '../../common/litmas/case.ts';

const TS = (c: string) => `strftime(${c}, '%Y-%m-%dT%H:%M:%SZ')`;
const CASE_COLS = `c.id, c.bapas_code, c.pk_user_id, u.display_name AS pk_name, c.kind, c.status, c.title,
  c.request::VARCHAR AS request, c.facts::VARCHAR AS facts, c.assessment::VARCHAR AS assessment, c.revision,
  ${TS('c.created_at')} AS created_at, ${TS('c.updated_at')} AS updated_at, c.approved_by, ${TS('c.approved_at')} AS approved_at, c.approved_version`;

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
    const rows = await this.db.all(
      `SELECT ${CASE_COLS},
         (SELECT max(version_no) FROM litmas_drafts d WHERE d.case_id = c.id)::INTEGER AS draft_versions
       FROM litmas_cases c LEFT JOIN users u ON u.id = c.pk_user_id
       WHERE c.bapas_code = $bapas AND ($mine IS NULL OR c.pk_user_id = $mine) AND ($status IS NULL OR c.status = $status)
       ORDER BY c.updated_at DESC, c.id DESC`,
      { bapas: actor.bapasCode ?? '', mine: filter.mine ? actor.userId : null, status: filter.status ?? null },
    );
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
    const r = await this.db.one(`SELECT ${CASE_COLS} FROM litmas_cases c LEFT JOIN users u ON u.id = c.pk_user_id WHERE c.id = $id AND c.bapas_code = $bapas`, {
      id,
      bapas: actor.bapasCode ?? '',
    });
    if (!r) throw ApiError.notFound(`No litmas case ${id}`);
    return parseCase(r);
  }

  async create(actor: Actor, c: { kind: LitmasKind; title: string; request: CaseRequest; facts: Facts; assessment: Assessment }): Promise<CaseRecord> {
    const r = await this.db.one<{ id: number }>(
      `INSERT INTO litmas_cases (bapas_code, pk_user_id, kind, title, request, facts, assessment)
       VALUES ($bapas, $pk, $kind, $title, $request::JSON, $facts::JSON, $assessment::JSON) RETURNING id`,
      {
        bapas: actor.bapasCode!,
        pk: actor.userId,
        kind: c.kind,
        title: c.title,
        request: JSON.stringify(c.request),
        facts: JSON.stringify(c.facts),
        assessment: JSON.stringify(c.assessment),
      },
    );
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
      .one(
        `UPDATE litmas_cases SET title = $title, request = $request::JSON, facts = $facts::JSON, assessment = $assessment::JSON,
           revision = revision + 1, updated_at = now()
         WHERE id = $id AND revision = $revision AND status IN ('draft', 'returned') RETURNING id`,
        {
          id,
          revision,
          title: next.title,
          request: JSON.stringify(next.request),
          facts: JSON.stringify(next.facts),
          assessment: JSON.stringify(next.assessment),
        },
      )
      .catch((e) => {
        throw isConflict(e) ? changed() : e;
      });
    if (!done) throw changed();
    return this.get(actor, id);
  }

  /** Moves a case from one of `from` to `status`; 409 when it is no longer in `from`. */
  async setStatus(id: number, from: CaseStatus[], status: CaseStatus, approval?: { by: number; version: number }): Promise<void> {
    const done = await this.db
      .one(
        `UPDATE litmas_cases SET status = $status, updated_at = now(),
           approved_by = CASE WHEN $status = 'final' THEN $by ELSE approved_by END,
           approved_at = CASE WHEN $status = 'final' THEN now() ELSE approved_at END,
           approved_version = CASE WHEN $status = 'final' THEN $version ELSE approved_version END
         WHERE id = $id AND list_contains(string_split($from, ','), status) RETURNING id`,
        { id, status, from: from.join(','), by: approval?.by ?? null, version: approval?.version ?? null },
      )
      .catch((e) => {
        throw isConflict(e) ? changed() : e;
      });
    if (!done) throw changed();
  }

  async drafts(caseId: number): Promise<Omit<DraftRecord, 'content'>[]> {
    return this.db.all(
      `SELECT d.id, d.case_id, d.version_no, d.source, d.generation_id, d.created_by, u.display_name AS created_by_name, ${TS('d.created_at')} AS created_at
       FROM litmas_drafts d LEFT JOIN users u ON u.id = d.created_by WHERE d.case_id = $c ORDER BY d.version_no`,
      { c: caseId },
    );
  }

  /** A draft version of a case (latest when `version` is omitted), or undefined. */
  async draft(caseId: number, version?: number): Promise<DraftRecord | undefined> {
    const r = await this.db.one<Record<string, unknown>>(
      `SELECT d.id, d.case_id, d.version_no, d.source, d.generation_id, d.content::VARCHAR AS content, d.created_by,
         u.display_name AS created_by_name, ${TS('d.created_at')} AS created_at
       FROM litmas_drafts d LEFT JOIN users u ON u.id = d.created_by
       WHERE d.case_id = $c AND ($v IS NULL OR d.version_no = $v) ORDER BY d.version_no DESC LIMIT 1`,
      { c: caseId, v: version ?? null },
    );
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
      .one<{ id: number }>(
        `INSERT INTO litmas_drafts (case_id, version_no, source, generation_id, content, created_by)
         SELECT $c, (SELECT coalesce(max(version_no), 0) + 1 FROM litmas_drafts WHERE case_id = $c), $s, $g, $content::JSON, $u
         WHERE EXISTS (SELECT 1 FROM litmas_cases WHERE id = $c AND list_contains(string_split($when, ','), status))
         RETURNING id`,
        { c: caseId, s: source, g: generationId, content: JSON.stringify(content), u: userId, when: whenStatus.join(',') },
      )
      .catch((e) => {
        throw isConflict(e) ? changed() : e;
      });
    if (!row) throw new ApiError(409, 'The case moved on (submitted or approved): nothing was saved');
    return (await this.draft(caseId))!;
  }

  async addReview(caseId: number, userId: number, action: 'submit' | 'return' | 'approve', comment: string | null): Promise<void> {
    await this.db.exec('INSERT INTO litmas_reviews (case_id, user_id, action, comment) VALUES ($c, $u, $a, $m)', {
      c: caseId,
      u: userId,
      a: action,
      m: comment,
    });
  }

  async reviews(caseId: number) {
    return this.db.all(
      `SELECT r.id, r.action, r.comment, r.user_id, u.display_name AS user_name, ${TS('r.created_at')} AS created_at
       FROM litmas_reviews r LEFT JOIN users u ON u.id = r.user_id WHERE r.case_id = $c ORDER BY r.id`,
      { c: caseId },
    );
  }
}
