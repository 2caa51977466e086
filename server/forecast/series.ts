import { ForecastInputError, type ForecastIssue } from './errors.ts';
import { isMonth, monthIndex } from './months.ts';
import type { MonthlyObservation } from './types.ts';

/** Longest span accepted, in months (50 years): bounds the work one request can ask for. */
export const MAX_SPAN_MONTHS = 600;

/** A series checked and laid out month by month: `y[i]` is month `start + i`, NaN where a month is missing. */
export interface PreparedSeries {
  start: number;
  y: number[];
  capacity: (number | null)[];
  prisoners: (number | null)[];
  /** Months with a value. */
  observed: number;
}

const count = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Validates a monthly series (any order; months may be missing, not repeated) and lays it
 * out on a gap-free month grid. Throws ForecastInputError naming every bad field.
 */
export function prepareSeries(series: readonly MonthlyObservation[], field = 'series'): PreparedSeries {
  if (!Array.isArray(series)) throw ForecastInputError.of(field, 'invalid_type', 'expected an array of months');
  if (series.length === 0) throw ForecastInputError.of(field, 'too_short', 'the series is empty');
  const issues: ForecastIssue[] = [];
  const seen = new Map<number, number>();
  series.forEach((o, i) => {
    const at = `${field}[${i}]`;
    if (o === null || typeof o !== 'object') return void issues.push({ field: at, code: 'invalid_type', message: 'expected an object' });
    if (!isMonth(o.month)) issues.push({ field: `${at}.month`, code: 'invalid_month', message: 'expected a month as YYYY-MM' });
    else if (seen.has(monthIndex(o.month)))
      issues.push({ field: `${at}.month`, code: 'duplicate', message: `${o.month} appears twice (also at index ${seen.get(monthIndex(o.month))})` });
    else seen.set(monthIndex(o.month), i);
    if (!count(o.residents)) issues.push({ field: `${at}.residents`, code: 'invalid_number', message: 'expected a number ≥ 0' });
    for (const k of ['capacity', 'prisoners'] as const) {
      if (o[k] != null && !count(o[k])) issues.push({ field: `${at}.${k}`, code: 'invalid_number', message: 'expected a number ≥ 0 or null' });
    }
  });
  if (issues.length) throw new ForecastInputError(issues.slice(0, 20));
  const idx = [...seen.keys()].sort((a, b) => a - b);
  const start = idx[0];
  const span = idx[idx.length - 1] - start + 1;
  if (span > MAX_SPAN_MONTHS) throw ForecastInputError.of(field, 'too_long', `the series spans ${span} months; at most ${MAX_SPAN_MONTHS} are accepted`);
  if (idx.length * 2 < span) throw ForecastInputError.of(field, 'too_sparse', `only ${idx.length} of the ${span} months in its span have a value`);
  const out: PreparedSeries = {
    start,
    y: new Array(span).fill(Number.NaN),
    capacity: new Array(span).fill(null),
    prisoners: new Array(span).fill(null),
    observed: idx.length,
  };
  for (const [m, i] of seen) {
    const o = series[i];
    out.y[m - start] = o.residents;
    out.capacity[m - start] = o.capacity ?? null;
    out.prisoners[m - start] = o.prisoners ?? null;
  }
  return out;
}

/** The last non-null value of a column, or null. */
export function lastValue(xs: readonly (number | null)[]): number | null {
  for (let i = xs.length - 1; i >= 0; i--) if (xs[i] != null) return xs[i];
  return null;
}
