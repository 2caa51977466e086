// The additive damped-trend exponential smoothing model, ETS(A,Ad,A) (Hyndman et al.,
// "Forecasting with Exponential Smoothing", 2008, ch. 2 and 6), with ETS(A,Ad,N) as the
// special case without a seasonal state, plus intervention effects for breaks. Monthly
// data: the period is 12 and the seasonal state is kept by calendar month, so January's
// effect is season[0]. The fit holds γ at 0 (fit.ts), but the filter keeps the general form.
import { calendarMonth } from './months.ts';

export const PERIOD = 12;

export interface EtsParams {
  alpha: number;
  beta: number;
  /** 0 for the non-seasonal model. */
  gamma: number;
  phi: number;
}

export interface EtsState {
  level: number;
  trend: number;
  /** Seasonal effect by calendar month (sums to about 0), or null for the non-seasonal model. */
  season: number[] | null;
}

/**
 * A break at a month: its whole one-step error becomes an intervention effect of that
 * size, which then fades by `decay` each month (Chen & Liu's outlier types in one:
 * decay 0 is an outlier that touches one month, 1 a permanent level shift, between them
 * a transient change, e.g. mass releases that inflow refills).
 */
export interface Intervention {
  decay: number;
}

/** An intervention as the filter measured it: month offset `t`, size (people) and decay. */
export interface Effect {
  t: number;
  size: number;
  decay: number;
}

export interface FilterResult {
  /** Sum of squared one-step errors over ordinary months (not missing, not flagged). */
  sse: number;
  /** Number of months in `sse`. */
  n: number;
  /** One-step error of every month (NaN where missing); a break month's error is its effect's size. */
  residuals: number[];
  final: EtsState;
  /** The breaks' effects, in month order. */
  effects: Effect[];
}

/** The summed effect of the breaks at month offset `t`. */
export function effectAt(effects: readonly Effect[], t: number): number {
  let acc = 0;
  for (const e of effects) if (t >= e.t) acc += e.decay === 1 ? e.size : e.decay === 0 ? (t === e.t ? e.size : 0) : e.size * e.decay ** (t - e.t);
  return acc;
}

/**
 * Runs the model through `y` (month `start` first) from the initial state `init`:
 * ŷ = l + φb + s + (effects of earlier breaks);  e = y − ŷ;
 * l ← l + φb + αe;  b ← φb + βe;  s ← s + γe.
 * A missing month (NaN) updates nothing but the damped projection; so does a break
 * month, whose error becomes the size of its effect.
 */
export function runFilter(y: readonly number[], start: number, p: EtsParams, init: EtsState, flagged?: ReadonlyMap<number, Intervention>): FilterResult {
  return filter(y, start, p, init, schedule(flagged, y.length));
}

/** The breaks as a dense array over the series: the decay at a break month, NaN elsewhere (null when there are none). */
export function schedule(flagged: ReadonlyMap<number, Intervention> | undefined, n: number): Float64Array | null {
  if (!flagged || flagged.size === 0) return null;
  const out = new Float64Array(n).fill(Number.NaN);
  for (const [t, f] of flagged) if (t >= 0 && t < n) out[t] = f.decay;
  return out;
}

/** Most breaks a series may have (detected ones are at most 6; named ones are checked against this). */
export const MAX_INTERVENTIONS = 32;

/**
 * The SSE alone: the optimiser's objective, called thousands of times per batch, so
 * written apart from runFilter for speed (no residuals, no objects; permanent effects
 * summed once). The same arithmetic: test/forecast.test.ts compares the two.
 */
export function filterSse(y: readonly number[], start: number, p: EtsParams, init: EtsState, breaks: Float64Array | null): number {
  const len = y.length;
  let l = init.level;
  let b = init.trend;
  const season = init.season;
  const s = new Float64Array(PERIOD);
  if (season !== null) for (let k = 0; k < PERIOD; k++) s[k] = season[k];
  const gamma = season !== null ? p.gamma : 0;
  const { alpha, beta, phi } = p;
  // Fading effects (0 < decay < 1): current values and decays; level shifts summed in `fixed`.
  const cur = new Float64Array(MAX_INTERVENTIONS);
  const dec = new Float64Array(MAX_INTERVENTIONS);
  let k = 0;
  let fixed = 0;
  let fading = 0;
  let c = calendarMonth(start);
  let sse = 0;
  for (let t = 0; t < len; t++) {
    const sPrev = s[c];
    const base = l + phi * b;
    const yt = y[t];
    if (Number.isNaN(yt)) {
      l = base;
      b = phi * b;
    } else {
      const e = yt - base - sPrev - fixed - fading;
      const d = breaks === null ? Number.NaN : breaks[t];
      if (Number.isNaN(d)) {
        sse += e * e;
        l = base + alpha * e;
        b = phi * b + beta * e;
        s[c] = sPrev + gamma * e;
      } else {
        if (d === 1) fixed += e;
        else if (d > 0 && k < MAX_INTERVENTIONS) {
          cur[k] = e;
          dec[k] = d;
          k++;
        }
        l = base;
        b = phi * b;
      }
    }
    if (k !== 0) {
      fading = 0;
      for (let i = 0; i < k; i++) fading += cur[i] *= dec[i];
    }
    if (++c === PERIOD) c = 0;
  }
  return sse;
}

function filter(y: readonly number[], start: number, p: EtsParams, init: EtsState, breaks: Float64Array | null): FilterResult {
  const len = y.length;
  let l = init.level;
  let b = init.trend;
  const season = init.season;
  const seasonal = season !== null;
  // The seasonal state in a typed array; c walks it by calendar month.
  const s = new Float64Array(PERIOD);
  if (season) for (let k = 0; k < PERIOD; k++) s[k] = season[k];
  const residuals = new Array<number>(len);
  const effects: Effect[] = [];
  // The breaks' summed effect now, and each one's current value (decayed step by step: no powers in the loop).
  let effect = 0;
  const current: number[] = [];
  const { alpha, beta, gamma, phi } = p;
  let c = calendarMonth(start);
  let sse = 0;
  let n = 0;
  for (let t = 0; t < len; t++) {
    const sPrev = s[c];
    const base = l + phi * b;
    const yt = y[t];
    const decay = breaks !== null ? breaks[t] : Number.NaN;
    if (Number.isNaN(yt)) {
      // Missing month: the projection only.
      residuals[t] = Number.NaN;
      l = base;
      b = phi * b;
    } else {
      const e = yt - base - sPrev - effect;
      residuals[t] = e;
      if (!Number.isNaN(decay)) {
        effects.push({ t, size: e, decay });
        current.push(e);
        l = base;
        b = phi * b;
      } else {
        sse += e * e;
        n++;
        l = base + alpha * e;
        b = phi * b + beta * e;
        if (seasonal) s[c] = sPrev + gamma * e;
      }
    }
    if (current.length !== 0) {
      effect = 0;
      for (let i = 0; i < current.length; i++) effect += current[i] *= effects[i].decay;
    }
    if (++c === PERIOD) c = 0;
  }
  return { sse, n, residuals, final: { level: l, trend: b, season: season ? Array.from(s) : null }, effects };
}

/** Damped trend sum φ + φ² + … + φʰ. */
export function dampedSum(phi: number, h: number): number {
  let acc = 0;
  let pw = 1;
  for (let i = 0; i < h; i++) {
    pw *= phi;
    acc += pw;
  }
  return acc;
}

/**
 * Forecast means and variances for 1..h months after the last month (month index
 * `lastIndex`, offset `lastT` in the series):
 * mean_h = l + (φ + … + φʰ)b + s_(month) + (what is left of the breaks' effects); var_h = σ²(1 + Σ_{j<h} c_j²) with
 * c_j = α + β(φ + … + φʲ) + γ·[j is a multiple of 12] — the exact variance of the
 * additive model class (Hyndman et al. 2008, Table 6.1, class 1).
 */
export function forecastMoments(
  state: EtsState,
  p: EtsParams,
  sigma2: number,
  lastIndex: number,
  h: number,
  effects: readonly Effect[] = [],
  lastT = 0,
): { mean: number[]; variance: number[] } {
  const mean: number[] = [];
  const variance: number[] = [];
  let cumC2 = 0;
  for (let k = 1; k <= h; k++) {
    const phiK = dampedSum(p.phi, k);
    const seas = state.season ? state.season[calendarMonth(lastIndex + k)] : 0;
    mean.push(state.level + phiK * state.trend + seas + effectAt(effects, lastT + k));
    variance.push(sigma2 * (1 + cumC2));
    const c = p.alpha + p.beta * phiK + (state.season && k % PERIOD === 0 ? p.gamma : 0);
    cumC2 += c * c;
  }
  return { mean, variance };
}
