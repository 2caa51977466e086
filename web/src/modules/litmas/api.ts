// Typed client for the litmas endpoints (cases, drafts, review, documents).
import { getJson, request, url } from '../../lib/http.ts';
import type { Assessment, CaseRecord, CaseRequest, CaseRow, CaseStatus, CaseView, DiffAnswer, DraftRecord, Facts, LitmasMeta, SentPrompt } from './types.ts';

type Ok = { ok: true };
const base = (id: number) => `/api/litmas/cases/${id}`;

/** The body of a draft save: the edited text and the PK's decisions (the server's schema). */
import type { DraftSave } from '../../../../common/litmas/draft.ts';

export type { DraftSave };

export interface CasePatch {
  revision: number;
  title?: string;
  request?: CaseRequest;
  facts?: Facts;
  assessment?: Assessment;
}

export const litmasApi = {
  meta: (signal?: AbortSignal) => getJson<LitmasMeta>('/api/litmas/meta', {}, signal),
  list: (f: { mine?: boolean; status?: CaseStatus | '' }, signal?: AbortSignal) =>
    getJson<{ rows: CaseRow[] }>('/api/litmas/cases', { mine: f.mine ? 1 : undefined, status: f.status }, signal),
  create: (b: { kind: string; title?: string | null; request: CaseRequest; facts?: Partial<Facts> }) =>
    request<{ case: CaseRecord }>('POST', '/api/litmas/cases', b).then((r) => r.case),
  get: (id: number, signal?: AbortSignal) => getJson<CaseView>(base(id), {}, signal),
  patch: (id: number, p: CasePatch) => request<{ case: CaseRecord }>('PATCH', base(id), p).then((r) => r.case),
  saveDraft: (id: number, d: DraftSave) => request<{ draft: DraftRecord }>('PUT', `${base(id)}/draft`, d).then((r) => r.draft),
  diff: (id: number, from: number, to: number, signal?: AbortSignal) => getJson<DiffAnswer>(`${base(id)}/diff`, { from, to }, signal),
  submit: (id: number, comment: string | null) => request<Ok>('POST', `${base(id)}/submit`, { comment }),
  returnCase: (id: number, comment: string) => request<Ok>('POST', `${base(id)}/return`, { comment }),
  /** Approves the version the supervisor confirmed (409 when another came since). */
  approve: (id: number, comment: string | null, version: number) => request<Ok>('POST', `${base(id)}/approve`, { comment, version }),
  /** Acknowledges one flag with its reason (there is no "acknowledge all"). */
  acknowledge: (id: number, flag_id: string, reason: string) =>
    request<{ draft: DraftRecord }>('POST', `${base(id)}/acknowledge`, { flag_id, reason }).then((r) => r.draft),
  /** The Kepala Bapas's own note (null or empty removes it). */
  supervisorNote: (id: number, text: string | null) => request<{ draft: DraftRecord }>('PUT', `${base(id)}/supervisor-note`, { text }).then((r) => r.draft),
  sent: (id: number, gid: number, signal?: AbortSignal) => getJson<SentPrompt>(`${base(id)}/generations/${gid}/sent`, {}, signal),
};

/** Links to the documents of a case (the browser downloads or opens them). */
export const docxUrl = (id: number): string => url(`${base(id)}/document.docx`);
export const printUrl = (id: number): string => url(`${base(id)}/print`);
/** Where the generate stream is posted. */
export const generateUrl = (id: number): string => `${base(id)}/generate`;
