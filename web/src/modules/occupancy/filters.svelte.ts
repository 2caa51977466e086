// The occupancy page's state in the URL: filters, the unit table's search, sort and page.
import { UPT_SORTS as SORT_KEYS, type UptSort as SortKey } from '../../../../common/units.ts';
import { oneOf, page, text, urlParams } from '../../lib/urlParams.svelte.ts';
import type { OccupancyFilters, UptQuery } from './api.ts';

export { SORT_KEYS, type SortKey };
export const PAGE_SIZES = [25, 50, 100] as const;

export const filters = urlParams(
  {
    date: text(),
    kanwil: text(),
    type: text(),
    q: text(),
    sort: oneOf(SORT_KEYS, 'overcrowding_pct'),
    order: oneOf(['desc', 'asc']),
    limit: oneOf(PAGE_SIZES),
    page: page(),
  },
  'page',
);

/** The unit whose history is open (kept apart: opening one keeps the table's page). */
export const unitParam = urlParams({ upt: text() });

/** Filters for summary, trend and export. */
export function baseQuery(): OccupancyFilters {
  return { date: filters.date || undefined, kanwil: filters.kanwil || undefined, upt_type: filters.type || undefined };
}

/** The unit table query (filters, search, sort, page). */
export function uptQuery(): UptQuery {
  return {
    ...baseQuery(),
    q: filters.q || undefined,
    sort: filters.sort,
    order: filters.order,
    limit: filters.limit,
    offset: (filters.page - 1) * filters.limit,
  };
}
