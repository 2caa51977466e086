// The UMKM and food-security answers of the API (docs/API.md § UMKM): the server's SQL fills them, the web app reads them.

/** Every category of the data contract (`umkm_sales.category`). */
export const UMKM_CATEGORIES = ['KERAJINAN', 'MAKANAN_MINUMAN', 'KONVEKSI', 'MEBEL', 'PERTANIAN', 'PERIKANAN', 'PETERNAKAN', 'JASA', 'LAINNYA'] as const;
export type UmkmCategory = (typeof UMKM_CATEGORIES)[number];

/** The food-security programme (ketahanan pangan). */
export const FOOD_CATEGORIES = ['PERTANIAN', 'PERIKANAN', 'PETERNAKAN'] as const;

/** Sortable columns of the UMKM unit table. */
export const UMKM_UPT_SORTS = ['name', 'kanwil', 'upt_type', 'revenue_idr', 'pnbp_idr', 'inmates_avg', 'revenue_per_inmate', 'food_kg'] as const;
export type UmkmUptSort = (typeof UMKM_UPT_SORTS)[number];

/**
 * What programmes made and earned over a period. `inmate_months` = inmates_involved summed
 * over the months; `inmates_avg` = inmate_months / the months of the period with data;
 * `revenue_per_inmate` = revenue / inmate_months (rupiah per inmate per month);
 * `food_kg` = quantity of the food categories sold by the kilogram.
 */
export interface UmkmFigures {
  revenue_idr: number;
  pnbp_idr: number;
  inmate_months: number;
  inmates_avg: number | null;
  revenue_per_inmate: number | null;
  food_kg: number;
}

/** `/api/umkm/summary`: a period (a year, or the last 12 months) and the one before. */
export interface UmkmSummary extends UmkmFigures {
  /** First and last month of the period (ISO dates, first of the month). */
  from: string;
  to: string;
  months: number;
  prev: (UmkmFigures & { from: string; to: string; months: number }) | null;
  revenue_change_pct: number | null;
  pnbp_change_pct: number | null;
  food_kg_change_pct: number | null;
  /** The latest month of all the data: how fresh the dataset is. */
  latest_month: string;
}

export interface UmkmMonthRow extends UmkmFigures {
  month: string;
}

export interface UmkmCategoryRow extends UmkmFigures {
  category: UmkmCategory;
  pnbp_share_pct: number | null;
}

export interface UmkmKanwilRow extends UmkmFigures {
  kanwil: string;
  units: number;
}

export interface UmkmUptRow extends UmkmFigures {
  upt_code: string;
  name: string;
  upt_type: string;
  kanwil: string;
}

export interface UmkmUptPage {
  year: number;
  total: number;
  rows: UmkmUptRow[];
}

export interface UmkmProductRow {
  category: UmkmCategory;
  product: string;
  unit: string;
  quantity: number;
  revenue_idr: number;
  pnbp_idr: number;
  inmate_months: number;
  units: number;
}

/** One food commodity in a year, against the year before. */
export interface FoodRow {
  year: number;
  category: UmkmCategory;
  product: string;
  unit: string;
  quantity: number;
  prev_quantity: number | null;
  change_pct: number | null;
}

/** Food output per year: kilograms (and livestock heads) with the change against the year before. */
export interface FoodYearRow {
  year: number;
  kg: number;
  prev_kg: number | null;
  kg_change_pct: number | null;
  heads: number;
}

export interface FoodAnswer {
  years: FoodYearRow[];
  rows: FoodRow[];
}
