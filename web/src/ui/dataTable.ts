// Column declarations of the one data table (ui/DataTable.svelte) and how a plain value
// becomes cell text. Pure apart from the UI language of the formatters.
import type { Snippet } from 'svelte';
import { fmt } from '../lib/i18n/index.ts';

/** How a plain value is written: a number format, a date format, or a function. */
export type CellFormat = 'int' | 'dec' | 'pct' | 'date' | 'month' | 'dateTime' | ((v: never) => string);

/** One column: its header, what each row shows in it, and how it sorts. */
export interface Column<R> {
  /** Unique within the table. */
  id: string;
  label: string;
  /** The header is read by screen readers only (a column of buttons). */
  hideLabel?: boolean;
  /** The cell is the row's header (`<th scope="row">`): the name of what the row is about. */
  rowHeader?: boolean;
  /** Numbers: right-aligned, tabular figures (the `num` class on header and cells). */
  numeric?: boolean;
  /** Class of the column's cells, and of its header (e.g. to hide both on small screens). */
  class?: string;
  headClass?: string;
  /** The cell as text: a plain value, written with `format`… */
  value?: (row: R) => string | number | null | undefined;
  format?: CellFormat;
  /** …or as markup (links, badges, buttons). */
  cell?: Snippet<[R]>;
  /** The sort key this column's header button sets; sortable only when the table has `sort`. */
  sortKey?: string;
}

/** The table's sort state and what a header click does. */
export interface Sorting {
  key: string;
  order: 'asc' | 'desc';
  onsort: (key: string) => void;
}

/** The text of a plain cell; a missing value is '' unless a format writes it ("—"). */
export function cellText<R>(c: Column<R>, row: R): string {
  const v = c.value?.(row);
  const f = c.format;
  if (!f) return v === null || v === undefined ? '' : String(v);
  if (typeof f === 'function') return (f as (v: unknown) => string)(v);
  if (f === 'int' || f === 'dec' || f === 'pct') return fmt[f](typeof v === 'number' ? v : null);
  return fmt[f](typeof v === 'string' ? v : null);
}

/** Next order after a click on a column: flips the active one; a new one starts descending for numbers. */
export function nextOrder(sort: { key: string; order: 'asc' | 'desc' }, key: string, numeric: boolean): 'asc' | 'desc' {
  if (sort.key === key) return sort.order === 'asc' ? 'desc' : 'asc';
  return numeric ? 'desc' : 'asc';
}
