// One open case: the loaded view, the facts/assessment form (autosaved with the case's
// revision), the draft editor, and what the signed-in user may do with it now.
import type { ApiError } from '../../../lib/http.ts';
import { toApiError } from '../../../lib/errorText.ts';
import { session } from '../../../lib/session.svelte.ts';
import { litmasApi } from '../api.ts';
import { Autosaver } from './autosave.svelte.ts';
import { DraftEditor } from './draft.svelte.ts';
import { cleanFacts, factIssues, normalizeFacts } from './facts.ts';
import { litmasMeta } from './meta.svelte.ts';
import { receivedInFuture } from './due.ts';
import { requestBody, requestForm, type RequestForm } from './request.ts';
import type { Assessment, CaseView, DraftRecord, Facts } from '../types.ts';

export class LitmasCase {
  view = $state.raw<CaseView | undefined>(undefined);
  error = $state.raw<ApiError | undefined>(undefined);
  title = $state('');
  request = $state<RequestForm>(requestForm(undefined));
  facts = $state<Facts>(normalizeFacts(undefined));
  assessment = $state<Assessment>({ rri: {}, needs: {}, notes: '' });
  /** The facts list of the view (for fact chips) is older than the last save. */
  factsStale = $state(false);
  readonly saver: Autosaver;
  readonly draft: DraftEditor;
  #revision = 0;
  #ctrl: AbortController | null = null;

  constructor(readonly id: number) {
    this.saver = new Autosaver(
      () => this.snapshot(),
      (s) => this.#send(s),
      () => this.valid,
    );
    this.draft = new DraftEditor(id, (d) => this.#draftSaved(d));
  }

  /** Loads the case and starts editing it afresh (unsaved edits are dropped). */
  async load(): Promise<void> {
    this.#ctrl?.abort();
    const ctrl = (this.#ctrl = new AbortController());
    this.error = undefined;
    try {
      const v = await litmasApi.get(this.id, ctrl.signal);
      if (ctrl.signal.aborted) return;
      this.#take(v);
    } catch (e) {
      if (ctrl.signal.aborted) return;
      this.error = toApiError(e);
    }
  }

  /** Reloads only what others change (status, versions, reviews, facts list), keeping the edits on screen. */
  async refresh(): Promise<void> {
    this.view = await litmasApi.get(this.id);
    this.factsStale = false;
  }

  #take(v: CaseView): void {
    this.view = v;
    this.#revision = v.case.revision;
    this.title = v.case.title;
    this.request = requestForm(v.case.request);
    this.facts = normalizeFacts(v.case.facts);
    this.assessment = { rri: { ...v.case.assessment.rri }, needs: { ...v.case.assessment.needs }, notes: v.case.assessment.notes ?? '' };
    this.factsStale = false;
    this.saver.reset();
    this.draft.init(v.draft);
  }

  get kind() {
    return this.view ? litmasMeta.kind(this.view.case.kind) : undefined;
  }

  /** Field path → message key of what the server would refuse. */
  get issues() {
    const out: Record<string, string> = { ...factIssues(this.facts) };
    if (!this.title.trim()) out.title = 'lit.v.required';
    if (receivedInFuture(this.request.received)) out['request.received_at'] = 'lit.v.receivedFuture';
    return out;
  }

  get valid(): boolean {
    return Object.keys(this.issues).length === 0;
  }

  /** What a save sends (reading it from an $effect tracks every field). */
  snapshot(): string {
    if (!this.view) return '';
    const fixedDue = !!this.kind?.dueHours;
    return JSON.stringify({
      title: this.title.trim(),
      request: requestBody(this.request, fixedDue),
      facts: cleanFacts(this.facts),
      assessment: this.#assessmentBody(),
    });
  }

  /** Every item and domain present (null when unanswered), so an untouched select changes nothing. */
  #assessmentBody(): Assessment {
    const m = litmasMeta.data;
    const a = this.assessment;
    return {
      rri: Object.fromEntries((m?.rri_items ?? []).map((i) => [i.key, a.rri[i.key] ?? null])),
      needs: Object.fromEntries((m?.need_domains ?? []).map((d) => [d.key, a.needs[d.key] ?? null])),
      notes: a.notes?.trim() || null,
    };
  }

  async #send(snap: string): Promise<void> {
    const rec = await litmasApi.patch(this.id, { revision: this.#revision, ...JSON.parse(snap) });
    this.#revision = rec.revision;
    if (this.view) this.view = { ...this.view, case: rec };
    this.factsStale = true;
  }

  #draftSaved(d: DraftRecord): void {
    if (!this.view) return;
    const { content: _, ...info } = d;
    this.view = { ...this.view, draft: d, versions: [...this.view.versions, info] };
  }

  get status() {
    return this.view?.case.status;
  }

  /** The PK of this case, while it is a draft or returned: records facts, generates, submits. */
  get canEditFacts(): boolean {
    const u = session.user;
    const c = this.view?.case;
    return !!u && !!c && u.role === 'researcher' && c.pk_user_id === u.id && (c.status === 'draft' || c.status === 'returned');
  }

  /** The PK while drafting, or the supervisor while reviewing, may correct the text. */
  get canEditDraft(): boolean {
    return this.canEditFacts || (session.can('litmas:review') && this.status === 'submitted');
  }

  get canReview(): boolean {
    return session.can('litmas:review') && this.status === 'submitted';
  }

  dispose(): void {
    this.#ctrl?.abort();
    void this.saver.flush();
    void this.draft.saver.flush();
  }
}
