// Shapes of the HTTP API answers (docs/API.md). Types only.

/** Occupancy band of a unit or Kanwil; null when capacity is 0. */
export type Band = 'over' | 'near' | 'room';

/** Figures shared by the summary, Kanwil rows and unit rows. */
export interface Figures {
  capacity: number;
  residents: number;
  detainees: number;
  prisoners: number;
  children: number;
  women: number;
  narcotics_cases?: number | null;
  occupancy_pct: number | null;
  overcrowding_pct: number | null;
  band: Band | null;
}

export interface Meta {
  kanwil: { name: string; province_codes: string[]; units: number }[];
  upt_types: { code: string; units: number }[];
  first_snapshot: string | null;
  latest_snapshot: string | null;
  snapshot_count: number;
  upt_count: number;
}

export interface Summary extends Figures {
  date: string | null;
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

export interface KanwilRow extends Figures {
  kanwil: string;
  province_codes: string[];
  units: number;
  units_over_capacity: number;
}

export interface UptRow extends Figures {
  upt_code: string;
  name: string;
  upt_type: string;
  class: string | null;
  kanwil: string;
  city: string | null;
}

export interface UptPage {
  date: string | null;
  total: number;
  rows: UptRow[];
}

export interface UptInfo {
  upt_code: string;
  name: string;
  upt_type: string;
  class: string | null;
  kanwil: string;
  province_code: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  capacity: number;
}

export interface HistoryRow {
  date: string;
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

export interface UptHistory {
  upt: UptInfo;
  history: HistoryRow[];
}

export interface ProvinceProps {
  PROVINSI: string;
  KODE_PROV: string;
  KANWIL: string | null;
}

export interface ProvinceCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: ProvinceProps; geometry: unknown }[];
}

/** One validation problem in a 400 answer. */
export interface Issue {
  field?: string;
  code?: string;
  message?: string;
}
