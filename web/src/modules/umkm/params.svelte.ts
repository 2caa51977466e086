// The UMKM page's state in the URL: the year, filters, the unit table.
import { UMKM_UPT_SORTS } from '../../../../common/umkm.ts';
import { oneOf, page, text, urlParams } from '../../lib/urlParams.svelte.ts';
import type { UmkmFilters } from './api.ts';

export const PAGE_SIZES = [25, 50, 100] as const;

export const filters = urlParams(
  {
    year: text(),
    kanwil: text(),
    category: text(),
    type: text(),
    q: text(),
    sort: oneOf(UMKM_UPT_SORTS, 'revenue_idr'),
    order: oneOf(['desc', 'asc']),
    limit: oneOf(PAGE_SIZES),
    page: page(),
  },
  'page',
);

/** The unit whose months are open. */
export const unitParam = urlParams({ upt: text() });

/** The year and the filters, as the API takes them. */
export function umkmQuery(): UmkmFilters {
  return {
    year: filters.year || undefined,
    kanwil: filters.kanwil || undefined,
    category: filters.category || undefined,
    upt_type: filters.type || undefined,
  };
}

/** Kilograms as tonnes. */
export const tonnes = (kg: number | null | undefined): number | null => (kg === null || kg === undefined ? null : kg / 1000);
