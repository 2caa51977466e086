// Initial states for the smoothing filter, from a classical decomposition (after the
// heuristic of Hyndman et al. 2008, §2.6.1): a centred 2×12 moving average gives the
// trend, the median detrended value of each calendar month the seasonal effect, and a
// straight line through the deseasonalised start the level and slope.
import type { EtsState, Intervention } from './ets.ts';
import { calendarMonth } from './months.ts';

/** A break month with the size of its jump (people) as the detector last measured it. */
export interface Flag extends Intervention {
  size: number;
}

/** Fills NaN by straight lines between the nearest values (flat beyond the ends). */
export function interpolate(y: readonly number[]): number[] {
  const out = y.slice();
  let prev = -1;
  for (let t = 0; t <= out.length; t++) {
    if (t < out.length && Number.isNaN(out[t])) continue;
    for (let k = prev + 1; k < t; k++) {
      if (prev < 0) out[k] = out[t];
      else if (t >= out.length) out[k] = out[prev];
      else out[k] = out[prev] + ((out[t] - out[prev]) * (k - prev)) / (t - prev);
    }
    prev = t;
  }
  return out;
}

/** Least-squares line through (i, z[i]): intercept and slope. */
function line(z: readonly number[]): { a: number; b: number } {
  const n = z.length;
  if (n === 1) return { a: z[0], b: 0 };
  const mx = (n - 1) / 2;
  const my = z.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i - mx) * (z[i] - my);
    sxx += (i - mx) * (i - mx);
  }
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * The monthly pattern of the whole series: for each calendar month, the median of the
 * values minus their centred 2×12 moving average, shifted to sum to zero. Needs 24 months.
 */
export function seasonalPattern(w: readonly number[], start: number): number[] {
  const byMonth: number[][] = Array.from({ length: 12 }, () => []);
  for (let t = 6; t + 6 < w.length; t++) {
    let ma = (w[t - 6] + w[t + 6]) / 2;
    for (let k = -5; k <= 5; k++) ma += w[t + k];
    byMonth[calendarMonth(start + t)].push(w[t] - ma / 12);
  }
  const season = byMonth.map((xs) => (xs.length ? median(xs) : 0));
  const mean = season.reduce((a, v) => a + v, 0) / 12;
  return season.map((v) => v - mean);
}

/** Months at the start that set the initial level and trend. */
export const LINE_MONTHS = 24;

/**
 * The state before the first month: the monthly pattern from the whole series, the level
 * and slope from a straight line through the first two years without it. Breaks are
 * taken out first (a break month counts as missing, later months lose what is left of its
 * effect), so the pattern is not bent by them and the start describes the regime before
 * a break; the filter re-applies each effect at its month. A `season` given is used as
 * it is, and then only the first two years are read (the decay search, breaks.ts).
 */
export function initialState(y: readonly number[], start: number, seasonal: boolean, flags: ReadonlyMap<number, Flag>, season?: number[] | null): EtsState {
  const n = season === undefined ? y.length : Math.min(y.length, LINE_MONTHS + 1);
  const raw = y.slice(0, n).map((v, t) => (flags.has(t) ? Number.NaN : v));
  for (const [t0, f] of flags) {
    let effect = f.size;
    for (let t = t0 + 1; t < n && effect !== 0; t++) raw[t] -= effect *= f.decay;
  }
  const w = interpolate(raw);
  const pattern = season !== undefined ? season : seasonal ? seasonalPattern(w, start) : null;
  const z = w.slice(0, Math.min(w.length, LINE_MONTHS)).map((v, t) => (pattern ? v - pattern[calendarMonth(start + t)] : v));
  const { a, b } = line(z);
  return { level: a - b, trend: b, season: pattern };
}
