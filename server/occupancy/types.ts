import type { UptSort } from '../../common/units.ts';

/** Filters common to the occupancy queries; `types` is a comma-separated list. */
export interface Filter {
  date?: string;
  kanwil?: string;
  types?: string;
}

/** A page of the unit table. */
export interface UptQuery extends Filter {
  q?: string;
  sort: UptSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** What can be exported, and how. */
export interface ExportQuery extends Omit<UptQuery, 'limit' | 'offset'> {
  from?: string;
  to?: string;
  dataset: 'upt' | 'kanwil' | 'trend';
  format: 'csv' | 'xlsx' | 'parquet';
}
