// Typed client for the remission endpoints (and the registry's meta the filters need).
import type { RemissionKanwilAnswer, RemissionSummary, RemissionUptHistory, RemissionUptPage, RoundsAnswer } from '../../../../common/remission.ts';
import { getJson, type Params, url } from '../../lib/http.ts';

/** The filters the page sends. */
export interface RoundFilters {
  year?: string;
  event?: string;
  kanwil?: string;
  upt_type?: string;
}

/** What the filters offer (`/api/meta`). */
export interface Meta {
  kanwil: { name: string }[];
  upt_types: { code: string }[];
}

export const api = {
  meta: (signal?: AbortSignal) => getJson<Meta>('/api/meta', {}, signal),
  rounds: (f: Pick<RoundFilters, 'kanwil' | 'upt_type'>, signal?: AbortSignal) => getJson<RoundsAnswer>('/api/remission/rounds', { ...f }, signal),
  summary: (f: RoundFilters, signal?: AbortSignal) => getJson<RemissionSummary>('/api/remission/summary', { ...f }, signal),
  kanwil: (f: Omit<RoundFilters, 'kanwil'>, signal?: AbortSignal) => getJson<RemissionKanwilAnswer>('/api/remission/kanwil', { ...f }, signal),
  upt: (f: Params, signal?: AbortSignal) => getJson<RemissionUptPage>('/api/remission/upt', f, signal),
  uptHistory: (code: string, signal?: AbortSignal) => getJson<RemissionUptHistory>(`/api/remission/upt/${encodeURIComponent(code)}`, {}, signal),
};

/** Download link of an export dataset with the current filters. */
export function exportUrl(dataset: 'rounds' | 'years' | 'kanwil' | 'upt', format: 'csv' | 'xlsx', p: Params): string {
  return url('/api/remission/export', { dataset, format, ...p });
}
