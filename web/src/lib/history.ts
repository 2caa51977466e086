// A unit's history arrives as columns (one array per figure); tables want rows.
import type { HistoryColumns, HistoryRow } from './types.ts';

/** The history's points as rows, oldest first. */
export function historyRows(h: HistoryColumns): HistoryRow[] {
  return h.date.map((date, i) => ({
    date,
    capacity: h.capacity[i],
    residents: h.residents[i],
    detainees: h.detainees[i],
    prisoners: h.prisoners[i],
    children: h.children[i],
    women: h.women[i],
    narcotics_cases: h.narcotics_cases[i],
    occupancy_pct: h.occupancy_pct[i],
    overcrowding_pct: h.overcrowding_pct[i],
  }));
}
