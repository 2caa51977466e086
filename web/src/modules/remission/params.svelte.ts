// The remission page's state in the URL: the round, filters, the matrix measure, the unit table.
import { REMISSION_EVENTS, REMISSION_UPT_SORTS } from '../../../../common/remission.ts';
import { oneOf, page, text, urlParams } from '../../lib/urlParams.svelte.ts';
import type { RoundFilters } from './api.ts';

export const PAGE_SIZES = [25, 50, 100] as const;
export const MEASURES = ['granted', 'recipients', 'released'] as const;

export const filters = urlParams(
  {
    year: text(),
    event: oneOf(REMISSION_EVENTS, 'RU_17_AGUSTUS'),
    kanwil: text(),
    type: text(),
    measure: oneOf(MEASURES),
    q: text(),
    sort: oneOf(REMISSION_UPT_SORTS, 'granted'),
    order: oneOf(['desc', 'asc']),
    limit: oneOf(PAGE_SIZES),
    page: page(),
  },
  'page',
);

/** The unit whose history is open (kept apart: opening one keeps the table's page). */
export const unitParam = urlParams({ upt: text() });

/** The round and the filters, as the API takes them. */
export function roundQuery(): RoundFilters {
  return {
    year: filters.year || undefined,
    event: filters.event,
    kanwil: filters.kanwil || undefined,
    upt_type: filters.type || undefined,
  };
}
