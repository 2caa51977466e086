// Typed client for the UMKM and food-security endpoints.
import type { FoodAnswer, UmkmCategoryRow, UmkmKanwilRow, UmkmMonthRow, UmkmProductRow, UmkmSummary, UmkmUptPage } from '../../../../common/umkm.ts';
import { getJson, type Params, url } from '../../lib/http.ts';

/** The filters the page sends. */
export interface UmkmFilters {
  year?: string;
  kanwil?: string;
  category?: string;
  upt_type?: string;
}

type Year<R> = { year: number; rows: R[] };

export const api = {
  meta: (signal?: AbortSignal) => getJson<{ kanwil: { name: string }[] }>('/api/meta', {}, signal),
  summary: (f: UmkmFilters & { period?: 'year' | 'last12' }, signal?: AbortSignal) => getJson<UmkmSummary>('/api/umkm/summary', { ...f }, signal),
  monthly: (f: Omit<UmkmFilters, 'year'>, signal?: AbortSignal) => getJson<{ rows: UmkmMonthRow[] }>('/api/umkm/monthly', { ...f }, signal),
  categories: (f: Omit<UmkmFilters, 'category'>, signal?: AbortSignal) => getJson<Year<UmkmCategoryRow>>('/api/umkm/categories', { ...f }, signal),
  kanwil: (f: Omit<UmkmFilters, 'kanwil'>, signal?: AbortSignal) => getJson<Year<UmkmKanwilRow>>('/api/umkm/kanwil', { ...f }, signal),
  upt: (f: Params, signal?: AbortSignal) => getJson<UmkmUptPage>('/api/umkm/upt', f, signal),
  products: (f: UmkmFilters & { limit: number }, signal?: AbortSignal) => getJson<Year<UmkmProductRow>>('/api/umkm/products', { ...f }, signal),
  food: (f: Pick<UmkmFilters, 'kanwil' | 'upt_type'>, signal?: AbortSignal) => getJson<FoodAnswer>('/api/umkm/food', { ...f }, signal),
  uptHistory: (code: string, signal?: AbortSignal) =>
    getJson<{ upt: { upt_code: string; name: string; upt_type: string; kanwil: string }; rows: UmkmMonthRow[] }>(
      `/api/umkm/upt/${encodeURIComponent(code)}`,
      {},
      signal,
    ),
};

export type ExportDataset = 'monthly' | 'categories' | 'kanwil' | 'upt' | 'products' | 'food';

/** Download link of an export dataset with the current filters. */
export function exportUrl(dataset: ExportDataset, format: 'csv' | 'xlsx', p: Params): string {
  return url('/api/umkm/export', { dataset, format, ...p });
}
