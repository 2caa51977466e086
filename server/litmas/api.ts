import { join } from 'node:path';
import type { AuditLog } from '../audit/service.ts';
import type { Actor } from '../actor.ts';
import type { UserStore } from '../auth/users.ts';
import type { Db } from '../db/duckdb.ts';
import { loadQueries } from '../db/queries.ts';
import { ApiError } from '../http/errors.ts';
import type { LlmBackend } from '../llm/client.ts';
import type { Template } from '../llm/prompts.ts';
import type { Registry } from '../registry/service.ts';
import type { Settings } from '../settings/service.ts';
import { litmasDocument } from './document.ts';
import { litmasDocx } from './docx.ts';
import { OUTLINE, DECISION_SECTIONS } from './draft.ts';
import { generateDraft, type GenerationEvent } from './generate.ts';
import { GenerationLog } from './generation-log.ts';
import { LITMAS_KINDS } from '../../common/litmas/kinds.ts';
import { litmasHtml } from './print.ts';
import { NEED_DOMAINS, RRI_ITEMS } from '../../common/litmas/rri.ts';
import type { LitmasService } from './service.ts';
import type { CaseRecord } from './store.ts';
import { canEdit } from './workflow.ts';

const sql = loadQueries(join(import.meta.dirname, 'queries'));

export interface LitmasApiDeps {
  svc: LitmasService;
  appDb: Db;
  audit: AuditLog;
  users: UserStore;
  settings: Settings;
  backend: LlmBackend | null;
  templates: Map<string, Template>;
  registry: Registry;
}

/** What the litmas routes call: one method per endpoint, so the routes stay thin. */
export class LitmasApi {
  readonly svc: LitmasService;
  private readonly log: GenerationLog;

  constructor(private readonly d: LitmasApiDeps) {
    this.svc = d.svc;
    this.log = new GenerationLog(d.appDb);
  }

  /** Kinds, outline, assessment items, and which drafter is active. */
  async meta() {
    const b = this.d.backend;
    return {
      kinds: Object.entries(LITMAS_KINDS).map(([key, k]) => ({ key, ...k })),
      outline: OUTLINE,
      decisions: DECISION_SECTIONS,
      rri_items: RRI_ITEMS,
      need_domains: NEED_DOMAINS,
      drafter: b
        ? { kind: 'llm' as const, model: b.model, host: b.host, redacted: !(await this.d.settings.clearTextAllowed(b.host)) }
        : { kind: 'offline' as const, model: null, host: null, redacted: false },
    };
  }

  /** Loads the case and refuses a generation before the stream opens (unknown case, not the PK's, locked). */
  async checkGenerate(actor: Actor, id: number): Promise<CaseRecord> {
    const rec = await this.svc.cases.get(actor, id);
    if (rec.status === 'final') throw new ApiError(409, 'This litmas is final and locked');
    if (!canEdit(actor, rec)) throw new ApiError(403, "Only the case's PK can generate a draft while it is a draft or returned");
    return rec;
  }

  generate(actor: Actor, rec: CaseRecord, signal: AbortSignal, emit: (e: GenerationEvent) => Promise<void>) {
    const deps = {
      db: this.d.appDb,
      cases: this.svc.cases,
      audit: this.d.audit,
      backend: this.d.backend,
      templates: this.d.templates,
      clearText: this.d.settings.clearText,
    };
    return generateDraft(deps, actor, rec, signal, emit);
  }

  private async document(actor: Actor, id: number) {
    const rec = await this.svc.cases.get(actor, id);
    // A final case prints the version that was approved, whatever came after.
    const draft = await this.svc.cases.draft(id, rec.status === 'final' ? (rec.approved_version ?? undefined) : undefined);
    if (!draft) throw new ApiError(409, 'No draft yet: generate or write one first');
    const unit = await this.d.registry.bapas(rec.bapas_code);
    const head = rec.approved_by ? await this.d.users.get(rec.approved_by) : undefined;
    const pk = await this.d.users.get(rec.pk_user_id);
    const noteBy = draft.content.supervisor_note ? await this.d.users.get(draft.content.supervisor_note.user_id) : undefined;
    return {
      rec,
      doc: litmasDocument(
        rec,
        draft.content,
        { bapas: unit?.name ?? rec.bapas_code, kanwil: unit?.kanwil ?? '' },
        { pk: pk?.display_name ?? '', head: head?.display_name ?? null, noteBy: noteBy?.display_name ?? null },
      ),
    };
  }

  /** The DOCX of the latest draft (audited as a download). */
  async docx(actor: Actor, id: number) {
    const { rec, doc } = await this.document(actor, id);
    const buffer = await litmasDocx(doc);
    await this.d.audit.record(actor, { action: 'litmas.download', target: `case:${id}`, outcome: 'success', details: { format: 'docx', status: rec.status } });
    return { name: `litmas-${id}-${rec.kind}${rec.status === 'final' ? '' : '-draf'}.docx`, buffer };
  }

  async printHtml(actor: Actor, id: number) {
    const { rec, doc } = await this.document(actor, id);
    await this.d.audit.record(actor, { action: 'litmas.download', target: `case:${id}`, outcome: 'success', details: { format: 'html', status: rec.status } });
    return litmasHtml(doc);
  }

  /**
   * What left the server for a generation and its HTTP attempts. For the case's Bapas
   * (`caseId` given): exactly what was sent, and each attempt's raw answer. For the
   * admin's oversight (`caseId` null): what was sent with every identity replaced, also
   * when the host received clear text, and the attempts without their answers (their
   * hashes only): the clear-text case content stays within the Bapas. Reading is audited.
   */
  async sent(actor: Actor, caseId: number | null, gid: number) {
    const g = caseId === null ? await this.anySent(gid) : await this.log.sent(caseId, gid);
    if (!g) throw ApiError.notFound(`No generation ${gid}`);
    const attempts = await this.log.attempts(gid, caseId !== null);
    await this.d.audit.record(actor, {
      action: 'litmas.view_sent',
      target: `generation:${gid}`,
      outcome: 'success',
      details: { view: caseId === null ? 'oversight' : 'case' },
    });
    return { ...g, view: caseId === null ? ('redacted' as const) : ('as_sent' as const), attempts };
  }

  private async anySent(gid: number) {
    return this.d.appDb.one<{ id: number; drafter: string; redacted: boolean; backend_host: string | null; prompt_sent: string | null }>(
      sql('generation_sent_any'),
      { id: gid },
    );
  }

  /** Records a refused access to a case (another Bapas's, or a right the role lacks). */
  async recordRefusal(actor: Actor, target: string, request: { method: string; path: string; status: number }) {
    await this.d.audit.record(actor, { action: 'litmas.access', target, outcome: 'denied', details: request });
  }

  /** Every generation (no case content), for the admin's oversight. */
  async allGenerations() {
    return this.d.appDb.all(sql('generations_all'));
  }
}
