// The remission answers of the API (docs/API.md § Remission): the server's SQL fills them, the web app reads them.

/** Every remission round of the data contract (`remission.event`), in calendar order within a year. */
export const REMISSION_EVENTS = ['RK_IMLEK', 'RK_NYEPI', 'RK_WAISAK', 'RK_IDUL_FITRI', 'RU_17_AGUSTUS', 'DASAWARSA', 'RK_NATAL'] as const;
export type RemissionEvent = (typeof REMISSION_EVENTS)[number];

/** The unit types that hold prisoners and so grant remission (not Bapas, not Rupbasan). */
export const CUSTODIAL_TYPES = ['LAPAS', 'LAPAS_NARKOTIKA', 'LAPAS_PEREMPUAN', 'LAPAS_TERBUKA', 'LPKA', 'RUTAN', 'CABRUTAN'] as const;

/** Sortable columns of the remission unit table. */
export const REMISSION_UPT_SORTS = ['name', 'kanwil', 'upt_type', 'recipients', 'released', 'granted', 'months_granted', 'prisoners', 'per_100'] as const;
export type RemissionUptSort = (typeof REMISSION_UPT_SORTS)[number];

/**
 * What a round (or a year, a Kanwil, a unit) granted. `granted` = recipients + released;
 * `days_saved` = months_granted × 30 and `food_cost_saved_idr` = days × the daily food cost
 * (an estimate); `prisoners` are the sentenced prisoners at the month-end snapshot of the
 * round's month (null when there is none), `per_100` = 100 × granted / prisoners.
 */
export interface RemissionFigures {
  recipients: number;
  released: number;
  granted: number;
  months_granted: number;
  days_saved: number;
  food_cost_saved_idr: number;
  prisoners: number | null;
  per_100: number | null;
}

/** One round: a year and an event. */
export interface RoundRow extends RemissionFigures {
  year: number;
  event: RemissionEvent;
  event_date: string;
  units: number;
  /** The month-end snapshot the prisoners are read at (null when it is missing). */
  snapshot_date: string | null;
}

/** One year, all its rounds together, with the change against the year before. */
export interface YearRow {
  year: number;
  rounds: number;
  recipients: number;
  released: number;
  granted: number;
  months_granted: number;
  days_saved: number;
  food_cost_saved_idr: number;
  granted_change_pct: number | null;
}

/** `/api/remission/rounds`: every round and every year, oldest first. */
export interface RoundsAnswer {
  food_cost_per_day_idr: number;
  rows: RoundRow[];
  years: YearRow[];
}

/** `/api/remission/summary`: one round, and the same event a year before. */
export interface RemissionSummary extends RoundRow {
  food_cost_per_day_idr: number;
  prev: RoundRow | null;
  granted_change: number | null;
  granted_change_pct: number | null;
  released_change: number | null;
  /** The latest round date of all the data (any event): how fresh the dataset is. */
  latest_event_date: string;
}

/** One Kanwil in a round, with its occupancy at the month-end of the round's month. */
export interface RemissionKanwilRow extends RemissionFigures {
  kanwil: string;
  units: number;
  residents: number | null;
  capacity: number | null;
  overcrowding_pct: number | null;
  /** Overcrowding had the freed-at-once still been inside. */
  overcrowding_without_pct: number | null;
  /** Percentage points of overcrowding the round's releases relieved. */
  relief_pp: number | null;
}

export interface RemissionKanwilAnswer {
  year: number;
  event: RemissionEvent;
  event_date: string;
  snapshot_date: string | null;
  food_cost_per_day_idr: number;
  rows: RemissionKanwilRow[];
  /** The whole country (or the unit types chosen) in the same terms. */
  total: Omit<RemissionKanwilRow, 'kanwil'>;
}

/** One unit in a round. */
export interface RemissionUptRow extends RemissionFigures {
  upt_code: string;
  name: string;
  upt_type: string;
  kanwil: string;
}

export interface RemissionUptPage {
  year: number;
  event: RemissionEvent;
  event_date: string;
  total: number;
  rows: RemissionUptRow[];
}

/** One unit's every round, oldest first. */
export interface RemissionUptHistory {
  upt: { upt_code: string; name: string; upt_type: string; kanwil: string };
  rows: (RemissionFigures & { year: number; event: RemissionEvent; event_date: string })[];
}
