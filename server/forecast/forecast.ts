// forecast(): the public entry for "where is occupancy heading" (docs/FORECAST.md).
import { type BandLines, findCrossing, overcrowdingPct, roundBands } from './crossing.ts';
import { ForecastInputError } from './errors.ts';
import { forecastMoments } from './ets.ts';
import { type FittedModel, fitModel } from './model.ts';
import { isMonth, monthIndex, monthLabel } from './months.ts';
import { lastValue, type PreparedSeries, prepareSeries } from './series.ts';
import type { CapacityPoint, ForecastOptions, ForecastPoint, ForecastResult, MethodName, MonthlyObservation } from './types.ts';

export const DEFAULT_HORIZON = 12;
export const MAX_HORIZON = 60;
/** Standard normal quantiles for the two-sided 80% and 95% intervals. */
export const Z80 = 1.2815515655446004;
export const Z95 = 1.959963984540054;

const METHOD_TEXT: Record<MethodName, string> = {
  ets_damped_seasonal:
    'Additive Holt-Winters with a damped trend, ETS(A,Ad,A): a level, a slowly fading trend and a fixed monthly pattern learnt from the whole history, smoothing parameters fitted by least squares on one-month-ahead errors; intervals from the residual variance.',
  ets_damped:
    'Damped-trend exponential smoothing, ETS(A,Ad,N): a level and a slowly fading trend, no monthly pattern, smoothing parameters fitted by least squares on one-month-ahead errors; intervals from the residual variance.',
  constant: 'The series never changes: the forecast repeats its value.',
};

/** Checks the horizon option: an integer 1..MAX_HORIZON. */
export function checkHorizon(h: unknown, field = 'horizon'): number {
  if (h === undefined) return DEFAULT_HORIZON;
  if (typeof h !== 'number' || !Number.isInteger(h) || h < 1 || h > MAX_HORIZON)
    throw ForecastInputError.of(field, 'invalid', `expected a whole number of months from 1 to ${MAX_HORIZON}`);
  return h;
}

/** Capacity in each of the `h` months after `lastIndex`: the option's figures, else the last observed capacity carried forward. */
export function capacityPath(prep: PreparedSeries, option: number | CapacityPoint[] | undefined, lastIndex: number, h: number): (number | null)[] {
  const carried = lastValue(prep.capacity);
  if (option === undefined) return new Array(h).fill(carried);
  if (typeof option === 'number') {
    if (!Number.isFinite(option) || option < 0) throw ForecastInputError.of('capacity', 'invalid_number', 'expected a number ≥ 0');
    return new Array(h).fill(option);
  }
  if (!Array.isArray(option)) throw ForecastInputError.of('capacity', 'invalid', 'expected a number or a list of { month, capacity }');
  const pts = option.map((p, i) => {
    if (!p || !isMonth(p.month)) throw ForecastInputError.of(`capacity[${i}].month`, 'invalid_month', 'expected a month as YYYY-MM');
    if (typeof p.capacity !== 'number' || !Number.isFinite(p.capacity) || p.capacity < 0)
      throw ForecastInputError.of(`capacity[${i}].capacity`, 'invalid_number', 'expected a number ≥ 0');
    return { at: monthIndex(p.month), capacity: p.capacity };
  });
  pts.sort((a, b) => a.at - b.at);
  return Array.from({ length: h }, (_, k) => {
    let c = carried;
    for (const p of pts) if (p.at <= lastIndex + 1 + k) c = p.capacity;
    return c;
  });
}

/** Forecast means and bands for `h` months, clamped at 0 (residents cannot be negative). */
export function bands(model: FittedModel, h: number): BandLines {
  const { mean, variance } = forecastMoments(model.state, model.params, model.sigma2, model.lastIndex, h, model.effects, model.lastT);
  const at = (z: number) => mean.map((m, k) => Math.max(0, m + z * Math.sqrt(variance[k])));
  return { point: mean.map((m) => Math.max(0, m)), lower80: at(-Z80), upper80: at(Z80), lower95: at(-Z95), upper95: at(Z95) };
}

/** Residents for the next months with 80% and 95% intervals, and where they meet capacity. */
export function forecast(series: readonly MonthlyObservation[], options: ForecastOptions = {}): ForecastResult {
  const h = checkHorizon(options.horizon);
  const prep = prepareSeries(series);
  const model = fitModel(prep, options);
  const exact = bands(model, h);
  // Whole people; the crossing and overcrowding use the rounded figures the user sees.
  const lines = roundBands(exact);
  const capacity = capacityPath(prep, options.capacity, model.lastIndex, h);
  const lastCap = lastValue(prep.capacity);
  const lastResidents = prep.y[prep.y.length - 1];
  const points: ForecastPoint[] = lines.point.map((p, k) => ({
    month: monthLabel(model.lastIndex + 1 + k),
    point: p,
    lower80: lines.lower80[k],
    upper80: lines.upper80[k],
    lower95: lines.lower95[k],
    upper95: lines.upper95[k],
    capacity: capacity[k],
    overcrowding_pct: overcrowdingPct(p, capacity[k]),
  }));
  const season = model.state.season;
  return {
    method: model.method,
    method_text: METHOD_TEXT[model.method],
    history: {
      first_month: monthLabel(prep.start),
      last_month: monthLabel(model.lastIndex),
      months: prep.observed,
      last_residents: lastResidents,
      last_capacity: lastCap,
    },
    params: {
      alpha: model.params.alpha,
      beta: model.params.beta,
      gamma: season ? model.params.gamma : null,
      phi: model.params.phi,
      sigma: Math.sqrt(model.sigma2),
    },
    components: {
      level: model.state.level,
      trend: model.state.trend,
      // Kept by calendar month (ets.ts): January first, whatever month the series starts in.
      seasonal: season ? season.slice() : null,
    },
    breaks: model.breaks,
    points,
    crossing: findCrossing(lastResidents, lastCap, model.lastIndex + 1, lines, capacity),
    notes: model.notes,
  };
}
