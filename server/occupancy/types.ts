import type { UptSort } from '../../common/units.ts';

export type { Band, Figures, HistoryColumns, HistoryRow, KanwilRow, Summary, TrendRow, UptRow } from '../../common/occupancy.ts';

/** Filters common to the occupancy queries; `types` is a comma-separated list. */
export interface Filter {
  date?: string;
  kanwil?: string;
  types?: string;
}

export interface UptQuery extends Filter {
  q?: string;
  sort: UptSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}
