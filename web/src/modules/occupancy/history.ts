// A unit's history arrives as columns (one array per figure); tables want rows.
import type { HistoryColumns, HistoryRow } from './types.ts';

/** The history's points as rows, oldest first: point i takes the i-th value of every column. */
export function historyRows(h: HistoryColumns): HistoryRow[] {
  const keys = Object.keys(h) as (keyof HistoryRow)[];
  return h.date.map((_, i) => Object.fromEntries(keys.map((k) => [k, h[k][i]])) as HistoryRow);
}
