/**
 * JSON-friendly inputs and outputs of the forecast engine (see docs/FORECAST.md).
 * Field names are snake_case like the rest of the API; months are `YYYY-MM` labels.
 */

/** One month of a series: residents at the month-end, optionally the capacity and the sentenced prisoners. */
export interface MonthlyObservation {
  month: string;
  residents: number;
  capacity?: number | null;
  prisoners?: number | null;
}

/** Capacity from a month on (a planned block, a known future figure). */
export interface CapacityPoint {
  month: string;
  capacity: number;
}

/** `auto` detects breaks (outliers, fading falls, level shifts); `none` fits every month as it is; a list names the break months (and no others). */
export type BreaksOption = 'auto' | 'none' | string[];

export interface ForecastOptions {
  /** Months ahead, 1..60 (default 12). */
  horizon?: number;
  /** `auto` (default) keeps the monthly pattern only when it forecast the last 12 months better; `yes`/`no` force it. */
  seasonal?: 'auto' | 'yes' | 'no';
  breaks?: BreaksOption;
  /**
   * Capacity in the forecast months: one number for all, or points that hold from their month on.
   * Default: the last observed capacity carried forward (no capacity at all: no crossing).
   */
  capacity?: number | CapacityPoint[];
}

/** Which model produced a forecast. */
export type MethodName = 'ets_damped_seasonal' | 'ets_damped' | 'constant';

export interface ForecastParams {
  alpha: number;
  beta: number;
  gamma: number | null;
  phi: number;
  /** Standard deviation of the one-step errors (people), from the residual variance. */
  sigma: number;
}

export interface ForecastComponents {
  /** Level at the last observed month. */
  level: number;
  /** Trend per month at the last observed month (before damping). */
  trend: number;
  /** The fixed monthly pattern by calendar month, January first (people, sums to 0); null without it. */
  seasonal: number[] | null;
}

/**
 * A month the model treated as a break: its one-step error became an effect that fades by
 * `decay` a month. `outlier` (decay 0: that month only, ignored), `level_shift` (decay 1:
 * permanent), `transient` (in between: e.g. mass releases that inflow refills).
 */
export interface DetectedBreak {
  month: string;
  kind: 'level_shift' | 'outlier' | 'transient';
  /** Observed minus expected at that month, people. */
  size: number;
  decay: number;
  /** Months for the effect to halve; null for an outlier or a level shift. */
  half_life_months: number | null;
  /** What is left of the effect at the last observed month, people. */
  remaining: number;
  /** `auto`: found by the detector; `given`: named in the options. */
  source: 'auto' | 'given';
}

export interface ForecastPoint {
  month: string;
  point: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
  capacity: number | null;
  /** max(0, 100 × (point − capacity) / capacity), one decimal; null without capacity or with capacity 0. */
  overcrowding_pct: number | null;
}

/**
 * Where the forecast meets capacity. `up`: residents are below capacity now and the month
 * given is the first with residents ≥ capacity; `down`: at or above now, first month ≤ capacity.
 * Each field is the first such month for that line, or null when it never happens in the horizon.
 */
export interface Crossing {
  direction: 'up' | 'down';
  point: string | null;
  lower80: string | null;
  upper80: string | null;
  lower95: string | null;
  upper95: string | null;
}

export interface ForecastResult {
  method: MethodName;
  /** One sentence on the method, for the UI's "how is this computed". */
  method_text: string;
  history: { first_month: string; last_month: string; months: number; last_residents: number; last_capacity: number | null };
  params: ForecastParams;
  components: ForecastComponents;
  breaks: DetectedBreak[];
  points: ForecastPoint[];
  crossing: Crossing | null;
  /** Plain-English remarks on fallbacks and data quirks (empty when nothing to say). */
  notes: string[];
}

export interface BacktestOptions extends Omit<ForecastOptions, 'horizon' | 'capacity'> {
  /** Months held out at the end (default 12). */
  holdout?: number;
}

export interface BacktestRow {
  month: string;
  actual: number;
  point: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
  /** The same month a year earlier (naive seasonal forecast); null when the training data do not reach back. */
  naive: number | null;
}

export interface AccuracyScore {
  /** Mean absolute percentage error over months with a non-zero actual; null when every actual is 0. */
  mape: number | null;
  /** Mean absolute error, people. */
  mae: number;
}

export interface BacktestResult {
  holdout: number;
  train: { first_month: string; last_month: string; months: number };
  test: { first_month: string; last_month: string };
  method: MethodName;
  model: AccuracyScore & {
    /** Share (0..1) of held-out actuals inside the 80% / 95% interval, and their counts. */
    coverage_80: number;
    coverage_95: number;
    inside_80: number;
    inside_95: number;
  };
  naive_seasonal: AccuracyScore | null;
  /** True when the model's MAPE (MAE when MAPE is null) is below the naive seasonal one; null without a baseline. */
  beats_naive: boolean | null;
  breaks: DetectedBreak[];
  rows: BacktestRow[];
}

/** What-if (a): N more people, or X% of the sentenced prisoners, freed in a month. */
export interface ReleaseScenario {
  kind: 'release';
  month: string;
  people?: number;
  percent_of_prisoners?: number;
  /** Share of the gap left after each month (0..1); default: estimated from the series, else the national default. */
  recovery_rate?: number;
  /**
   * The freed people would have been released within this many months anyway (a remission
   * frees those whose remaining time it covers: at most the months granted); from then on
   * the baseline counts them out too, so the gap ends. Default: no such limit.
   */
  months_early?: number;
}

/** What-if (b): capacity grows by N places from a month on. */
export interface CapacityScenario {
  kind: 'capacity';
  month: string;
  places: number;
}

export type Scenario = ReleaseScenario | CapacityScenario;

export interface SimulationRow {
  month: string;
  /** True for months with observed data (the baseline is the data), false for forecast months. */
  observed: boolean;
  baseline_residents: number;
  simulated_residents: number;
  baseline_capacity: number | null;
  simulated_capacity: number | null;
  baseline_overcrowding_pct: number | null;
  simulated_overcrowding_pct: number | null;
  /** simulated − baseline residents as shown, whole people (negative: fewer people inside). */
  difference: number;
}

export interface SimulationAssumption {
  key: string;
  text: string;
  value: number | string | null;
}

export interface SimulationResult {
  /** Always "simulasi": a scenario computed from stated assumptions, never a prediction. */
  label: 'simulasi';
  kind: Scenario['kind'];
  month: string;
  /** People freed (release) or places added (capacity). */
  amount: number;
  assumptions: SimulationAssumption[];
  rows: SimulationRow[];
  crossing: { baseline: Crossing | null; simulated: Crossing | null };
  summary: {
    /** Largest fall in overcrowding over the rows, percentage points (positive = less crowded). */
    max_overcrowding_reduction_pp: number | null;
    /** Residents' difference in the last row. */
    end_difference: number;
    /** Months until half the released gap has been refilled; null for a capacity scenario. */
    half_life_months: number | null;
  };
  baseline_method: MethodName;
}

/** A level-shift recovery estimate: the share of a sudden gap that remains after each month. */
export interface RecoveryEstimate {
  rate: number;
  /** null when the rate is 1 (never refilled). */
  half_life_months: number | null;
  /** Measured on the series, the national default, or given with the scenario. */
  source: 'series' | 'default' | 'given';
  /** The break the rate was measured on, when from the series. */
  break_month: string | null;
  /** Gap at the break (people) and months used for the fit. */
  initial_gap: number | null;
  months_used: number;
  text: string;
}
