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

import type { UptInfo } from '../../../../common/registry.ts';

export type { Meta, UptInfo } from '../../../../common/registry.ts';

export interface UptPage {
  date: string | null;
  total: number;
  rows: UptRow[];
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
