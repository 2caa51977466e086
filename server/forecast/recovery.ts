// How fast a sudden fall in residents is refilled, measured on the data: the gap between
// where the model fitted before a break was heading and what happened after it, fitted
// by a geometric decay gap_k = G₀·ρᵏ. The what-if (simulate.ts) uses ρ as the monthly
// share of freed places still empty: released people are replaced at the inflow rate.
import { ForecastInputError } from './errors.ts';
import { forecast } from './forecast.ts';
import { fitModel, MIN_SEASONAL_MONTHS } from './model.ts';
import { isMonth, monthIndex, monthLabel } from './months.ts';
import { type PreparedSeries, prepareSeries } from './series.ts';
import type { DetectedBreak, MonthlyObservation, RecoveryEstimate } from './types.ts';

/**
 * ρ measured this way on the real SDP national series (break 2020-04, model fitted on
 * 2012-01..2020-03, gap over 2020-04..2021-12): used when a series has no break of its
 * own to measure. test/forecast.test.ts recomputes it from data/reference.
 */
export const DEFAULT_RECOVERY_RATE = 0.908;
/** Months after the break used for the fit (at most), and needed (at least). */
export const RECOVERY_MONTHS = 24;
export const RECOVERY_MIN_MONTHS = 12;
/** A break must remove at least this share of the residents to be measured. */
export const RECOVERY_MIN_DROP = 0.05;
const RATE_MIN = 0.5;
const RATE_MAX = 0.995;

const halfLife = (rate: number) => Math.round((Math.log(0.5) / Math.log(rate)) * 10) / 10;

/** The default estimate, with its explanation. */
export function defaultRecovery(reason: string): RecoveryEstimate {
  return {
    rate: DEFAULT_RECOVERY_RATE,
    half_life_months: halfLife(DEFAULT_RECOVERY_RATE),
    source: 'default',
    break_month: null,
    initial_gap: null,
    months_used: 0,
    text: `${reason} The national rate is used: after the April 2020 releases, ${Math.round(100 * (1 - DEFAULT_RECOVERY_RATE))}% of the remaining gap was refilled each month (half in ${halfLife(DEFAULT_RECOVERY_RATE)} months).`,
  };
}

/** Least-squares G₀ and ρ of gap_k ≈ G₀ρᵏ (ρ on a 0.001 grid, G₀ in closed form); NaN gaps (missing months) are skipped. */
export function fitDecay(gap: readonly number[]): { g0: number; rate: number } {
  let best = Number.POSITIVE_INFINITY;
  let out = { g0: 0, rate: RATE_MAX };
  for (let r = RATE_MIN; r <= RATE_MAX + 1e-9; r += 0.001) {
    let num = 0;
    let den = 0;
    let pw = 1;
    for (const g of gap) {
      if (!Number.isNaN(g)) {
        num += g * pw;
        den += pw * pw;
      }
      pw *= r;
    }
    const g0 = num / den;
    let sse = 0;
    pw = 1;
    for (const g of gap) {
      if (!Number.isNaN(g)) sse += (g - g0 * pw) ** 2;
      pw *= r;
    }
    if (sse < best) [best, out] = [sse, { g0, rate: Math.round(r * 1000) / 1000 }];
  }
  return out;
}

/**
 * Measures the refill rate on the series' own fall: `breakMonth`, or else the largest
 * downward break the model finds with two years before it and a year after. Falls back on
 * the national default (saying why) when there is none or the measurement is not usable.
 */
export function estimateRecovery(series: readonly MonthlyObservation[], breakMonth?: string): RecoveryEstimate {
  const prep = prepareSeries(series);
  if (breakMonth !== undefined) {
    if (!isMonth(breakMonth)) throw ForecastInputError.of('break_month', 'invalid_month', 'expected a month as YYYY-MM');
    const t0 = monthIndex(breakMonth) - prep.start;
    if (t0 < MIN_SEASONAL_MONTHS || t0 > prep.y.length - RECOVERY_MIN_MONTHS)
      return defaultRecovery(`${breakMonth} does not have ${MIN_SEASONAL_MONTHS} months of data before it and ${RECOVERY_MIN_MONTHS} after.`);
    return measure(prep, t0);
  }
  if (prep.observed < MIN_SEASONAL_MONTHS + RECOVERY_MIN_MONTHS) return defaultRecovery('The series is too short to measure a recovery on.');
  return recoveryFromBreaks(prep, fitModel(prep).breaks);
}

/** The refill rate measured on the largest suitable fall among `breaks` (the model's, for `prep`). */
export function recoveryFromBreaks(prep: PreparedSeries, breaks: readonly DetectedBreak[]): RecoveryEstimate {
  const falls = breaks.map((b) => ({ b, t: monthIndex(b.month) - prep.start })).filter(({ b }) => b.size < 0);
  const candidates = falls
    .filter(({ b, t }) => b.kind !== 'outlier' && t >= MIN_SEASONAL_MONTHS && t <= prep.y.length - RECOVERY_MIN_MONTHS)
    .filter(({ b, t }) => -b.size >= RECOVERY_MIN_DROP * (prep.y[t] - b.size));
  if (candidates.length === 0) return defaultRecovery('The series has no sudden fall to measure a recovery on.');
  let t0 = candidates.reduce((a, c) => (c.b.size < a.b.size ? c : a)).t;
  // A fall spread over consecutive months (the model may flag each) is measured from its first month.
  while (falls.some(({ t }) => t === t0 - 1) && t0 - 1 >= MIN_SEASONAL_MONTHS) t0--;
  return measure(prep, t0);
}

/** Fits the model before month `t0`, forecasts on, and fits the decay of the gap to what happened. */
function measure(prep: PreparedSeries, t0: number): RecoveryEstimate {
  const before: MonthlyObservation[] = [];
  for (let t = 0; t < t0; t++) if (!Number.isNaN(prep.y[t])) before.push({ month: monthLabel(prep.start + t), residents: prep.y[t] });
  const months = Math.min(RECOVERY_MONTHS, prep.y.length - t0);
  const fc = forecast(before, { horizon: months });
  const gap: number[] = [];
  for (let k = 0; k < months; k++) gap.push(fc.points[k].point - prep.y[t0 + k]);
  const { g0, rate } = fitDecay(gap);
  const month = monthLabel(prep.start + t0);
  if (g0 <= 0 || rate >= RATE_MAX || rate <= RATE_MIN)
    return defaultRecovery(`The fall of ${month} gives no usable refill rate (the gap did not close geometrically).`);
  return {
    rate,
    half_life_months: halfLife(rate),
    source: 'series',
    break_month: month,
    initial_gap: Math.round(g0),
    months_used: months,
    text: `Measured on the fall of ${month}: against where the model fitted before it was heading, ${Math.round(100 * (1 - rate))}% of the remaining gap of ${Math.round(g0).toLocaleString('en')} people was refilled each month (half in ${halfLife(rate)} months), over ${months} months.`,
  };
}
