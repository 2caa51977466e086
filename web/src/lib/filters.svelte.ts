// Occupancy filters, read from and written to the URL query string.
import type { OccupancyFilters, UptQuery } from './api.ts';
import { router } from './router.svelte.ts';

import { UPT_SORTS as SORT_KEYS, type UptSort as SortKey } from '../../../common/units.ts';

export { SORT_KEYS, type SortKey };
export const PAGE_SIZES = [25, 50, 100] as const;

const isSort = (s: string | null): s is SortKey => SORT_KEYS.includes(s as SortKey);

class Filters {
  get date(): string {
    return router.params.get('date') ?? '';
  }
  get kanwil(): string {
    return router.params.get('kanwil') ?? '';
  }
  get type(): string {
    return router.params.get('type') ?? '';
  }
  get q(): string {
    return router.params.get('q') ?? '';
  }
  get sort(): SortKey {
    const s = router.params.get('sort');
    return isSort(s) ? s : 'overcrowding_pct';
  }
  get order(): 'asc' | 'desc' {
    return router.params.get('order') === 'asc' ? 'asc' : 'desc';
  }
  get limit(): number {
    const n = Number(router.params.get('limit'));
    return (PAGE_SIZES as readonly number[]).includes(n) ? n : PAGE_SIZES[0];
  }
  get page(): number {
    const n = Math.floor(Number(router.params.get('page')));
    return Number.isFinite(n) && n > 1 ? n : 1;
  }

  /** Filters for summary, trend and export. */
  get api(): OccupancyFilters {
    return { date: this.date || undefined, kanwil: this.kanwil || undefined, upt_type: this.type || undefined };
  }

  /** The unit table query (filters, search, sort, page). */
  get upt(): UptQuery {
    return {
      ...this.api,
      q: this.q || undefined,
      sort: this.sort,
      order: this.order,
      limit: this.limit,
      offset: (this.page - 1) * this.limit,
    };
  }

  /** Sets filters; any change but paging goes back to page 1. */
  set(patch: Partial<Record<'date' | 'kanwil' | 'type' | 'q' | 'sort' | 'order' | 'limit' | 'page', string | number>>, replace = false): void {
    const page = 'page' in patch ? patch.page : undefined;
    router.setParams({ ...patch, page: page === 1 ? undefined : page }, replace);
  }

  reset(): void {
    router.go(router.path);
  }
}

export const filters = new Filters();
