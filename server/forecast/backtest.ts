// backtest(): how the method would have done on the last months had they been unknown,
// beside the naive seasonal forecast (the same month a year earlier) it must beat.
import { ForecastInputError } from './errors.ts';
import { forecast } from './forecast.ts';
import { MIN_MONTHS } from './model.ts';
import { monthIndex, monthLabel } from './months.ts';
import { prepareSeries } from './series.ts';
import type { AccuracyScore, BacktestOptions, BacktestResult, BacktestRow, MonthlyObservation } from './types.ts';

export const DEFAULT_HOLDOUT = 12;
export const MAX_HOLDOUT = 36;

/** MAPE (percent, over non-zero actuals) and MAE of `pred` against `actual`; pairs with a null prediction are left out. */
export function accuracy(actual: readonly number[], pred: readonly (number | null)[]): AccuracyScore {
  let ape = 0;
  let nApe = 0;
  let ae = 0;
  let n = 0;
  actual.forEach((a, i) => {
    const p = pred[i];
    if (p == null) return;
    ae += Math.abs(a - p);
    n++;
    if (a !== 0) {
      ape += Math.abs(a - p) / Math.abs(a);
      nApe++;
    }
  });
  return { mape: nApe ? (100 * ape) / nApe : null, mae: n ? ae / n : 0 };
}

/** Holds out the last `holdout` months, forecasts them from the rest, and scores the forecast and the naive seasonal baseline. */
export function backtest(series: readonly MonthlyObservation[], options: BacktestOptions = {}): BacktestResult {
  const holdout = options.holdout ?? DEFAULT_HOLDOUT;
  if (!Number.isInteger(holdout) || holdout < 1 || holdout > MAX_HOLDOUT)
    throw ForecastInputError.of('holdout', 'invalid', `expected a whole number of months from 1 to ${MAX_HOLDOUT}`);
  const prep = prepareSeries(series);
  const cut = prep.y.length - holdout;
  const train: MonthlyObservation[] = [];
  for (let t = 0; t < cut; t++) if (!Number.isNaN(prep.y[t])) train.push({ month: monthLabel(prep.start + t), residents: prep.y[t] });
  if (train.length < MIN_MONTHS)
    throw ForecastInputError.of(
      'series',
      'too_short',
      `a backtest holding out ${holdout} months needs at least ${holdout + MIN_MONTHS} months; the series has ${prep.y.length}`,
    );
  // Named breaks inside the held-out months are unknown at the forecast's origin.
  const breaks = Array.isArray(options.breaks) ? options.breaks.filter((m) => monthIndex(m) < prep.start + cut) : options.breaks;
  const fc = forecast(train, { horizon: holdout, seasonal: options.seasonal, breaks });
  const rows: BacktestRow[] = [];
  fc.points.forEach((p, k) => {
    const t = cut + k;
    if (Number.isNaN(prep.y[t])) return;
    // Same calendar month in the last training year that has it.
    let naive: number | null = null;
    for (let back = t - 12; back >= 0; back -= 12) {
      if (back < cut) {
        naive = Number.isNaN(prep.y[back]) ? null : prep.y[back];
        break;
      }
    }
    rows.push({ month: p.month, actual: prep.y[t], point: p.point, lower80: p.lower80, upper80: p.upper80, lower95: p.lower95, upper95: p.upper95, naive });
  });
  const actual = rows.map((r) => r.actual);
  const model = accuracy(
    actual,
    rows.map((r) => r.point),
  );
  const inside80 = rows.filter((r) => r.actual >= r.lower80 && r.actual <= r.upper80).length;
  const inside95 = rows.filter((r) => r.actual >= r.lower95 && r.actual <= r.upper95).length;
  const hasNaive = rows.some((r) => r.naive != null);
  const naive = hasNaive
    ? accuracy(
        actual,
        rows.map((r) => r.naive),
      )
    : null;
  let beats: boolean | null = null;
  if (naive) beats = model.mape != null && naive.mape != null ? model.mape < naive.mape : model.mae < naive.mae;
  const n = rows.length || 1;
  return {
    holdout,
    train: { first_month: train[0].month, last_month: train[train.length - 1].month, months: train.length },
    test: { first_month: monthLabel(prep.start + cut), last_month: monthLabel(prep.start + prep.y.length - 1) },
    method: fc.method,
    model: { ...model, coverage_80: inside80 / n, coverage_95: inside95 / n, inside_80: inside80, inside_95: inside95 },
    naive_seasonal: naive,
    beats_naive: beats,
    breaks: fc.breaks,
    rows,
  };
}
