// The occupancy answers of the API (docs/API.md § Figures): the server's SQL fills them, the web app reads them.

/** Figures shared by the summary, Kanwil rows and unit rows (see docs/API.md). */
export interface Figures {
  capacity: number;
  residents: number;
  detainees: number;
  prisoners: number;
  children: number;
  women: number;
  narcotics_cases: number | null;
  occupancy_pct: number | null;
  overcrowding_pct: number | null;
}

export type Band = 'over' | 'near' | 'room' | null;

export interface Summary extends Figures {
  date: string;
  units: number;
  units_with_capacity: number;
  units_over_capacity: number;
  prev_date: string | null;
  prev_capacity: number | null;
  prev_residents: number | null;
  prev_overcrowding_pct: number | null;
  residents_change: number | null;
  residents_change_pct: number | null;
  capacity_change: number | null;
  overcrowding_change_pp: number | null;
}

export interface KanwilRow extends Figures {
  kanwil: string;
  province_codes: string[];
  units: number;
  units_with_capacity: number;
  units_over_capacity: number;
  band: Band;
}

export interface UptRow extends Figures {
  upt_code: string;
  name: string;
  upt_type: string;
  class: string | null;
  kanwil: string;
  city: string | null;
  band: Band;
}

export interface TrendRow {
  month: string;
  date: string;
  capacity: number;
  residents: number;
  detainees: number;
  prisoners: number;
  children: number;
  women: number;
  occupancy_pct: number | null;
  overcrowding_pct: number | null;
}

/** One point of a unit's history: the trend's figures at a snapshot date. */
export type HistoryRow = Omit<TrendRow, 'month'> & { narcotics_cases: number | null };

/** A unit's history as one array per figure, oldest first (every array has the same length). */
export type HistoryColumns = { [K in keyof HistoryRow]: HistoryRow[K][] };
