import type { RemissionEvent, RemissionUptSort } from '../../common/remission.ts';

/** Filters of the remission queries; `types` is a comma-separated list of unit types. */
export interface Filter {
  kanwil?: string;
  types?: string;
}

/** One round, by year and event (the latest of the event when `year` is absent). */
export interface RoundQuery extends Filter {
  year?: number;
  event: RemissionEvent;
}

/** A page of the unit table of a round. */
export interface UptQuery extends RoundQuery {
  q?: string;
  sort: RemissionUptSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** What can be exported, and how. */
export interface ExportQuery extends Omit<UptQuery, 'limit' | 'offset'> {
  dataset: 'rounds' | 'years' | 'kanwil' | 'upt';
  format: 'csv' | 'xlsx' | 'parquet';
}
