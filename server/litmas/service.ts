import { diffWords } from 'diff';
import type { AuditLog } from '../audit/service.ts';
import type { Actor } from '../actor.ts';
import { ApiError } from '../http/errors.ts';
import { citableIds, draftContext, groundingCorpus, type CaseRequest } from './context.ts';
import { DECISION_SECTIONS, type DraftContent } from './draft.ts';
import type { DraftSave } from '../../common/litmas/draft.ts';
import type { Assessment, Facts } from './facts.ts';
import { carriedFlags, groundingFlags } from './grounding.ts';
import type { GenerationLog } from './generation-log.ts';
import { dueAt, LITMAS_KINDS, type LitmasKind } from '../../common/litmas/kinds.ts';
import { scoreRri } from '../../common/litmas/rri.ts';
import type { CaseStatus, CaseStore } from './store.ts';
import { assertReceivedNotFuture, dateChanges } from './request-dates.ts';
import { assertReady } from './submit-checks.ts';
import { assertCanEdit, assertDecisionsKept, openFlags } from './workflow.ts';

/** Where a user's edits may be stored: the PK while drafting, the supervisor while reviewing. */
const editableStatuses = (actor: Actor): CaseStatus[] => (actor.role === 'supervisor' ? ['submitted'] : ['draft', 'returned']);

/** Case-level operations of litmas: create, edit, drafts, review workflow; each audited. */
export class LitmasService {
  constructor(
    readonly cases: CaseStore,
    private readonly generations: GenerationLog,
    private readonly audit: AuditLog,
  ) {}

  async create(actor: Actor, b: { kind: LitmasKind; title?: string | null; request: CaseRequest; facts: Facts; assessment: Assessment }) {
    if (actor.role !== 'researcher' || !actor.bapasCode) throw new ApiError(403, 'Only a PK (researcher) of a Bapas creates cases');
    const received = b.request.received_at ?? new Date().toISOString();
    assertReceivedNotFuture(received);
    const request = { ...b.request, received_at: received, due_at: dueAt(b.kind, received, b.request.due_at) };
    const title = b.title?.trim() || `${LITMAS_KINDS[b.kind].label} – ${b.facts.identity.name ?? 'klien baru'}`;
    const rec = await this.cases.create(actor, { kind: b.kind, title, request, facts: b.facts, assessment: b.assessment });
    await this.audit.record(actor, { action: 'litmas.create', target: `case:${rec.id}`, outcome: 'success', details: { kind: b.kind } });
    return rec;
  }

  /** The whole case as the editor needs it; viewing is audited. */
  async view(actor: Actor, id: number) {
    const rec = await this.cases.get(actor, id);
    const [draft, versions, reviews, generations] = await Promise.all([
      this.cases.draft(id),
      this.cases.drafts(id),
      this.cases.reviews(id),
      this.generations.list(id),
    ]);
    await this.audit.record(actor, { action: 'litmas.view', target: `case:${id}`, outcome: 'success' });
    const ctx = draftContext(rec.kind, rec.facts, rec.assessment, rec.request);
    return { case: rec, rri: scoreRri(rec.assessment.rri), facts: [...ctx.facts, ...ctx.computed], draft: draft ?? null, versions, reviews, generations };
  }

  async update(actor: Actor, id: number, revision: number, patch: Partial<{ title: string; request: CaseRequest; facts: Facts; assessment: Assessment }>) {
    const rec = await this.cases.get(actor, id);
    assertCanEdit(actor, rec);
    if (actor.role !== 'researcher') throw new ApiError(403, "Only the case's PK records facts");
    if (patch.request) {
      const received = patch.request.received_at ?? rec.request.received_at ?? new Date().toISOString();
      assertReceivedNotFuture(received);
      patch.request = { ...patch.request, received_at: received, due_at: dueAt(rec.kind, received, patch.request.due_at) };
    }
    const next = await this.cases.update(actor, id, revision, patch);
    // A changed received or due date moves the deadline: on the trail with its old and new value.
    const dates = patch.request ? dateChanges(rec.request, next.request) : {};
    await this.audit.record(actor, {
      action: 'litmas.update',
      target: `case:${id}`,
      outcome: 'success',
      details: { fields: Object.keys(patch), ...(Object.keys(dates).length && { dates }) },
    });
    return next;
  }

  /** Saves an edited draft as a new version; flags are recomputed for the new text, acknowledgements kept. */
  async saveDraft(actor: Actor, id: number, e: DraftSave) {
    const rec = await this.cases.get(actor, id);
    assertCanEdit(actor, rec);
    const latest = await this.cases.draft(id);
    if (!latest) throw ApiError.invalid([{ field: 'draft', code: 'required', message: 'generate a draft first' }], 'No draft yet');
    if (latest.version_no !== e.base_version) {
      throw new ApiError(409, 'The draft was changed elsewhere: reload it', { version_no: latest.version_no });
    }
    assertDecisionsKept(actor, latest.content, e.decisions);
    const titles = new Map(latest.content.sections.map((s) => [s.key, s.title]));
    const sections = e.sections
      .filter((s) => titles.has(s.key))
      .map((s) => ({
        key: s.key,
        title: titles.get(s.key)!,
        paragraphs: s.paragraphs.map((p) => ({ text: p.text, fact_ids: p.fact_ids, missing: p.missing ?? [] })),
      }));
    const content: DraftContent = {
      ...latest.content,
      sections,
      decisions: e.decisions,
      drafter: 'edit',
      flags: [],
      origin: latest.content.origin ?? (latest.content.drafter === 'edit' ? undefined : latest.content.drafter),
    };
    content.flags = this.reflag(rec, content, latest.content);
    const saved = await this.cases.addDraft(id, content, 'edit', actor.userId, null, editableStatuses(actor));
    await this.audit.record(actor, { action: 'litmas.edit', target: `case:${id}`, outcome: 'success', details: { version_no: saved.version_no } });
    return saved;
  }

  private reflag(rec: Awaited<ReturnType<CaseStore['get']>>, content: DraftContent, previous: DraftContent) {
    const ctx = draftContext(rec.kind, rec.facts, rec.assessment, rec.request);
    const acks = new Map(previous.flags.filter((f) => f.acknowledged_by).map((f) => [f.id, f]));
    const flags = groundingFlags(content, groundingCorpus(ctx), citableIds(ctx));
    for (const f of carriedFlags(previous.flags, content)) if (!flags.some((x) => x.id === f.id)) flags.push(f);
    return flags.map((f) => {
      const ack = f.blocking ? undefined : acks.get(f.id);
      return {
        ...f,
        acknowledged_by: ack?.acknowledged_by ?? null,
        acknowledged_reason: ack?.acknowledged_reason ?? null,
        acknowledged_at: ack?.acknowledged_at ?? null,
      };
    });
  }

  /**
   * The supervisor acknowledges one flag (seen, may stand as written) with the reason why;
   * stored as a new version and audited with the reason. One flag per call: there is no
   * "acknowledge all". A blocking flag (a placeholder left in the text) is refused: the
   * text must be corrected.
   */
  async acknowledge(actor: Actor, id: number, flagId: string, reason: string) {
    const rec = await this.cases.get(actor, id);
    if (actor.role !== 'supervisor') throw new ApiError(403, 'Only the supervisor acknowledges flags');
    if (rec.status !== 'submitted') throw new ApiError(409, 'Flags are acknowledged while the case is submitted');
    const latest = await this.cases.draft(id);
    if (!latest) throw ApiError.notFound('No draft');
    const flag = latest.content.flags.find((x) => x.id === flagId);
    if (!flag) throw ApiError.invalid([{ field: 'flag_id', code: 'unknown_flag', message: `no open flag ${flagId} in the latest version` }]);
    if (flag.blocking) {
      throw ApiError.invalid([
        { field: 'flag_id', code: 'blocking_flag', message: 'a placeholder left in the text is corrected in the text, never acknowledged' },
      ]);
    }
    const at = new Date().toISOString();
    const flags = latest.content.flags.map((f) =>
      f.id === flagId ? { ...f, acknowledged_by: actor.username, acknowledged_reason: reason, acknowledged_at: at } : f,
    );
    const saved = await this.cases.addDraft(id, { ...latest.content, flags }, 'edit', actor.userId, null, ['submitted']);
    await this.audit.record(actor, {
      action: 'litmas.acknowledge',
      target: `case:${id}`,
      outcome: 'success',
      // Where the flag is and why it stands; not its text (case content stays out of the trail).
      details: { kind: flag.kind, section: flag.section, paragraph: flag.paragraph, reason, version_no: saved.version_no },
    });
    return saved;
  }

  /**
   * The Kepala Bapas's own note (he disagrees, or adds what the PK did not say): printed in
   * the document as his, signed by him. The PK's kesimpulan and rekomendasi stay as the PK
   * wrote them. Empty text removes the note. Stored as a new version; audited.
   */
  async supervisorNote(actor: Actor, id: number, text: string | null) {
    const rec = await this.cases.get(actor, id);
    if (actor.role !== 'supervisor') throw new ApiError(403, 'Only the Kepala Bapas writes his note');
    if (rec.status !== 'submitted') throw new ApiError(409, 'The note is written while the case is submitted for review');
    const latest = await this.cases.draft(id);
    if (!latest) throw ApiError.notFound('No draft');
    const note = text?.trim() ? { text: text.trim(), user_id: actor.userId, username: actor.username, at: new Date().toISOString() } : null;
    const saved = await this.cases.addDraft(id, { ...latest.content, supervisor_note: note }, 'edit', actor.userId, null, ['submitted']);
    await this.audit.record(actor, {
      action: 'litmas.supervisor_note',
      target: `case:${id}`,
      outcome: 'success',
      details: { version_no: saved.version_no, removed: note === null, length: note?.text.length ?? 0 },
    });
    return saved;
  }

  async submit(actor: Actor, id: number, comment: string | null) {
    const rec = await this.cases.get(actor, id);
    if (actor.role !== 'researcher' || rec.pk_user_id !== actor.userId) throw new ApiError(403, "Only the case's PK submits it");
    if (rec.status !== 'draft' && rec.status !== 'returned') throw new ApiError(409, `A ${rec.status} case cannot be submitted`);
    const latest = await this.cases.draft(id);
    assertReady(rec, latest?.content, latest ? this.reflag(rec, latest.content, latest.content) : [], 'submit');
    await this.transition(actor, id, ['draft', 'returned'], 'submitted', 'submit', comment);
  }

  async returnCase(actor: Actor, id: number, comment: string) {
    const rec = await this.cases.get(actor, id);
    if (actor.role !== 'supervisor') throw new ApiError(403, 'Only the supervisor of the Bapas returns a case');
    if (rec.status !== 'submitted') throw new ApiError(409, `A ${rec.status} case cannot be returned`);
    await this.transition(actor, id, ['submitted'], 'returned', 'return', comment);
  }

  /** Approves the submitted case; `version`, when given, is the version the supervisor confirmed (409 if another came since). */
  async approve(actor: Actor, id: number, comment: string | null, version?: number) {
    const rec = await this.cases.get(actor, id);
    if (actor.role !== 'supervisor') throw new ApiError(403, 'Only the supervisor of the Bapas approves');
    if (rec.status !== 'submitted') throw new ApiError(409, `A ${rec.status} case cannot be approved`);
    const latest = await this.cases.draft(id);
    if (latest && version !== undefined && latest.version_no !== version) {
      throw new ApiError(409, 'The draft was changed since you confirmed it: check it again', { version_no: latest.version_no });
    }
    // Checked again against the facts as they are now (they may have changed since the draft).
    const fresh = latest && { ...latest.content, flags: this.reflag(rec, latest.content, latest.content) };
    assertReady(rec, fresh ?? undefined, fresh?.flags ?? [], 'approve');
    const open = openFlags(fresh!);
    if (open.length) {
      throw new ApiError(409, `${open.length} grounding flag(s) are neither resolved nor acknowledged`, { flags: open.map((f) => f.id) });
    }
    await this.transition(actor, id, ['submitted'], 'final', 'approve', comment, latest!.version_no);
  }

  private async transition(
    actor: Actor,
    id: number,
    from: CaseStatus[],
    status: CaseStatus,
    action: 'submit' | 'return' | 'approve',
    comment: string | null,
    approvedVersion?: number,
  ) {
    await this.cases.setStatus(id, from, status, approvedVersion ? { by: actor.userId, version: approvedVersion } : undefined);
    await this.cases.addReview(id, actor.userId, action, comment);
    await this.audit.record(actor, { action: `litmas.${action}`, target: `case:${id}`, outcome: 'success', details: { status, comment } });
  }

  /** One stored version of a case's draft (viewing is audited). */
  async version(actor: Actor, id: number, version: number) {
    await this.cases.get(actor, id);
    const d = await this.cases.draft(id, version);
    if (!d) throw ApiError.notFound('No such draft version');
    await this.audit.record(actor, { action: 'litmas.view', target: `case:${id}`, outcome: 'success', details: { version } });
    return d;
  }

  /** Word diff of every section (and the decisions) between two versions (viewing is audited). */
  async diff(actor: Actor, id: number, from: number, to: number) {
    await this.cases.get(actor, id);
    await this.audit.record(actor, { action: 'litmas.view', target: `case:${id}`, outcome: 'success', details: { diff: [from, to] } });
    const [a, b] = await Promise.all([this.cases.draft(id, from), this.cases.draft(id, to)]);
    if (!a || !b) throw ApiError.notFound('No such draft version');
    const textOf = (d: DraftContent, key: string) => {
      if (key === 'kesimpulan' || key === 'rekomendasi') return d.decisions[key] ?? '';
      return (
        d.sections
          .find((s) => s.key === key)
          ?.paragraphs.map((p) => p.text)
          .join('\n\n') ?? ''
      );
    };
    const keys = [...new Set([...a.content.sections, ...b.content.sections].map((s) => s.key)), 'kesimpulan', 'rekomendasi'];
    return {
      from: a.version_no,
      to: b.version_no,
      sections: keys.map((key) => ({
        key,
        title:
          b.content.sections.find((s) => s.key === key)?.title ??
          a.content.sections.find((s) => s.key === key)?.title ??
          DECISION_SECTIONS.find((s) => s.key === key)?.title ??
          key,
        parts: diffWords(textOf(a.content, key), textOf(b.content, key)).map((p) => ({ value: p.value, added: !!p.added, removed: !!p.removed })),
      })),
    };
  }
}
