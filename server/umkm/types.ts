import type { UmkmCategory, UmkmUptSort } from '../../common/umkm.ts';

/** Filters of the UMKM queries; `types` is a comma-separated list of unit types. */
export interface Filter {
  kanwil?: string;
  types?: string;
  category?: UmkmCategory;
}

/** A calendar year (the latest with sales when absent). */
export interface YearQuery extends Filter {
  year?: number;
}

/** A page of the unit table of a year. */
export interface UptQuery extends YearQuery {
  q?: string;
  sort: UmkmUptSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** What can be exported, and how. */
export interface ExportQuery extends Omit<UptQuery, 'limit' | 'offset'> {
  dataset: 'monthly' | 'categories' | 'kanwil' | 'upt' | 'products' | 'food';
  format: 'csv' | 'xlsx' | 'parquet';
}
