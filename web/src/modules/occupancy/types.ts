// Shapes of the occupancy answers of the API (docs/API.md § Occupancy, meta, geo). Types only.

// The occupancy shapes are the server's own (one definition for both sides).
import type {
  Band as ServerBand,
  Figures as ServerFigures,
  HistoryColumns,
  HistoryRow,
  KanwilRow,
  Summary,
  TrendRow,
  UptRow,
} from '../../../../common/occupancy.ts';

/** Occupancy band of a unit or Kanwil; null when capacity is 0. */
export type Band = Exclude<ServerBand, null>;

/** Figures shared by the summary, Kanwil rows and unit rows (the summary has no band). */
export type Figures = ServerFigures & { band?: Band | null };

export type { HistoryColumns, HistoryRow, KanwilRow, Summary, TrendRow, UptRow };

export interface Meta {
  kanwil: { name: string; province_codes: string[]; units: number }[];
  upt_types: { code: string; units: number }[];
  first_snapshot: string | null;
  latest_snapshot: string | null;
  snapshot_count: number;
  upt_count: number;
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

/** What a series table shows: a dated point with the main figures. */
export type SeriesRow = Pick<TrendRow, 'date' | 'residents' | 'capacity' | 'detainees' | 'prisoners' | 'overcrowding_pct'>;

export interface UptHistory {
  upt: UptInfo;
  history: HistoryColumns;
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
