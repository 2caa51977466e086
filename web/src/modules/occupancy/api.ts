// Typed client for the occupancy endpoints (and the unit registry's meta and map they need).
import { getJson, url, type Params } from '../../lib/http.ts';
import type { KanwilRow, Meta, ProvinceCollection, Summary, TrendRow, UptHistory, UptPage } from './types.ts';

/** Filters shared by the occupancy endpoints. */
export interface OccupancyFilters {
  date?: string;
  kanwil?: string;
  upt_type?: string;
}

/** Unit table query: filters plus search, sort and page. */
export interface UptQuery extends OccupancyFilters {
  q?: string;
  sort?: string;
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

export const api = {
  meta: (signal?: AbortSignal) => getJson<Meta>('/api/meta', {}, signal),
  summary: (f: OccupancyFilters, signal?: AbortSignal) => getJson<Summary>('/api/occupancy/summary', { ...f }, signal),
  trend: (f: OccupancyFilters & { from?: string; to?: string; upt_code?: string }, signal?: AbortSignal) =>
    getJson<{ rows: TrendRow[] }>('/api/occupancy/trend', { ...f }, signal),
  kanwil: (f: { date?: string; upt_type?: string }, signal?: AbortSignal) =>
    getJson<{ date: string | null; rows: KanwilRow[] }>('/api/occupancy/kanwil', { ...f }, signal),
  upt: (f: UptQuery, signal?: AbortSignal) => getJson<UptPage>('/api/occupancy/upt', { ...f }, signal),
  uptHistory: (code: string, signal?: AbortSignal) => getJson<UptHistory>(`/api/occupancy/upt/${encodeURIComponent(code)}`, {}, signal),
  provinces: (signal?: AbortSignal) => getJson<ProvinceCollection>('/api/geo/provinces', {}, signal),
};

/** Download link for the export endpoint with the current filters. */
export function exportUrl(dataset: 'upt' | 'kanwil' | 'trend', format: 'csv' | 'xlsx', p: Params): string {
  return url('/api/occupancy/export', { dataset, format, ...p });
}
