// Breaks in the series: months far off the model's one-step forecast. Each becomes an
// intervention (ets.ts): its error is an effect that fades by a monthly decay chosen
// from the data, from 0 (an outlier: one bad month, ignored) to 1 (a permanent level
// shift), with the transient changes between (a mass release that inflow refills).
// The effect stays out of the trend, the seasonal pattern and the residual variance.
import { filterSse, schedule } from './ets.ts';
import { fitEts, type ModelFit } from './fit.ts';
import { type Flag, initialState, LINE_MONTHS } from './init.ts';

/** A month's one-step error beyond this many robust standard deviations is a break… */
export const BREAK_SIGMAS = 4;
/** …if it is also at least this share of the expected value (so smooth series do not flag ordinary kinks). */
export const BREAK_MIN_SHARE = 0.02;
/** At most one break per this many months of data, and never more than MAX_BREAKS. */
export const MONTHS_PER_BREAK = 24;
export const MAX_BREAKS = 6;
/** Decays tried for a break, largest first so that a tie (e.g. a break in the last month) is a level shift. */
export const DECAYS = [1, 0.98, 0.96, 0.94, 0.92, 0.9, 0.85, 0.8, 0.7, 0.5, 0.3, 0];

export type SourcedFlag = Flag & { source: 'auto' | 'given' };

export interface FlaggedFit {
  fit: ModelFit;
  flags: Map<number, SourcedFlag>;
}

/** Median absolute deviation × 1.4826 (a standard deviation for normal data, unmoved by a few wild values). */
export function robustSigma(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const med = (a: readonly number[]) => {
    const s = a.slice().sort((p, q) => p - q);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const m = med(xs);
  return 1.4826 * med(xs.map((x) => Math.abs(x - m)));
}

/** The decay for a break at month `t` that leaves the smallest squared error, the fit's other parameters held. */
function chooseDecay(y: readonly number[], start: number, fit: ModelFit, flags: ReadonlyMap<number, Flag>, t: number, size: number): number {
  let best = Number.POSITIVE_INFINITY;
  let decay = 1;
  const trial = new Map(flags).set(t, { decay: 1, size });
  const breaks = schedule(trial, y.length)!;
  // The decay barely moves the monthly pattern: one for all trials. Past the first two
  // years it does not move the starting line either: one initial state for all.
  const shared = initialState(y, start, fit.seasonal, trial);
  for (const d of DECAYS) {
    trial.set(t, { decay: d, size });
    breaks[t] = d;
    const init = t >= LINE_MONTHS ? shared : initialState(y, start, fit.seasonal, trial, shared.season);
    const sse = filterSse(y, start, fit.params, init, breaks);
    if (sse < best * (1 - 1e-9)) [best, decay] = [sse, d];
  }
  return decay;
}

/**
 * Fits the model, treating `given` months as breaks and, when `detect`, finding more one
 * at a time (the largest first, then refitting, since one break inflates its neighbours' errors).
 */
export function fitWithBreaks(y: readonly number[], start: number, seasonal: boolean, given: readonly number[], detect: boolean): FlaggedFit {
  const flags = new Map<number, SourcedFlag>();
  let fit = fitEts(y, start, seasonal, flags);
  for (const t of given) {
    const size = fit.filter.residuals[t];
    if (Number.isNaN(size)) continue;
    flags.set(t, { decay: chooseDecay(y, start, fit, flags, t, size), size, source: 'given' });
  }
  if (flags.size) fit = fitEts(y, start, seasonal, flags, { from: fit.u });
  const observed = y.filter((v) => !Number.isNaN(v)).length;
  const limit = Math.min(MAX_BREAKS, Math.floor(observed / MONTHS_PER_BREAK));
  let found = 0;
  while (detect && found < limit) {
    const res = fit.filter.residuals;
    const ordinary: number[] = [];
    for (let t = 0; t < res.length; t++) if (!Number.isNaN(res[t]) && !flags.has(t)) ordinary.push(res[t]);
    let sigma = robustSigma(ordinary);
    if (sigma === 0) sigma = Math.sqrt(fit.sigma2);
    if (sigma === 0) break;
    let worst = -1;
    for (let t = 1; t < res.length; t++) {
      const e = res[t];
      if (Number.isNaN(e) || flags.has(t)) continue;
      const expected = Math.abs(y[t] - e);
      if (Math.abs(e) > BREAK_SIGMAS * sigma && Math.abs(e) >= BREAK_MIN_SHARE * expected && (worst < 0 || Math.abs(e) > Math.abs(res[worst]))) worst = t;
    }
    if (worst < 0) break;
    const size = res[worst];
    flags.set(worst, { decay: chooseDecay(y, start, fit, flags, worst, size), size, source: 'auto' });
    // A quick refit while searching; the final one below is thorough.
    fit = fitEts(y, start, seasonal, flags, { from: fit.u, maxEval: 40, polish: false });
    found++;
  }
  // Re-choose each decay with the final parameters, then refit once if any moved.
  let moved = false;
  for (const [t, f] of flags) {
    const others = new Map(flags);
    others.delete(t);
    const d = chooseDecay(y, start, fit, others, t, fit.filter.residuals[t]);
    if (d !== f.decay) [f.decay, moved] = [d, true];
  }
  if (found > 1) moved = prune(y, start, fit, flags) || moved;
  if (moved || found > 0) fit = fitEts(y, start, seasonal, flags, { from: fit.u });
  for (const [t, f] of flags) f.size = fit.filter.residuals[t];
  return { fit, flags };
}

/**
 * Drops found breaks that no longer stand out once the others are in place — e.g. a
 * one-month glitch first seen as a fall and then a rise — re-choosing the decay of the
 * breaks within two months of it. A break stays when removing it adds more than
 * (BREAK_SIGMAS·σ)² to the squared error. Returns whether anything changed.
 */
function prune(y: readonly number[], start: number, fit: ModelFit, flags: Map<number, SourcedFlag>): boolean {
  const sseOf = (fl: ReadonlyMap<number, Flag>) => filterSse(y, start, fit.params, initialState(y, start, fit.seasonal, fl), schedule(fl, y.length));
  const ordinary = fit.filter.residuals.filter((e, t) => !Number.isNaN(e) && !flags.has(t));
  const limit = (BREAK_SIGMAS * (robustSigma(ordinary) || Math.sqrt(fit.sigma2))) ** 2;
  let current = sseOf(flags);
  let changed = false;
  const found = [...flags].filter(([, f]) => f.source === 'auto').sort((a, b) => Math.abs(a[1].size) - Math.abs(b[1].size));
  for (const [t] of found) {
    const trial = new Map(flags);
    trial.delete(t);
    for (const [u, f] of trial) {
      if (Math.abs(u - t) > 2) continue;
      const others = new Map(trial);
      others.delete(u);
      trial.set(u, { ...f, decay: chooseDecay(y, start, fit, others, u, f.size) });
    }
    const sse = sseOf(trial);
    if (sse - current < limit) {
      flags.clear();
      for (const [u, f] of trial) flags.set(u, f);
      current = sse;
      changed = true;
    }
  }
  return changed;
}
