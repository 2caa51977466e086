// Fits the smoothing parameters by minimising the one-step squared error (least
// squares; the Gaussian likelihood of the additive model gives the same optimum).
// Bounds: 0 < α < 1, 0.8 ≤ φ ≤ 0.98 as in R's forecast::ets, and β ≤ 0.2α (ets allows
// β < α): a trend that chases the last few months' errors over-extrapolated the real
// series' spurts; the cap was chosen on the yearly backtests (docs/FORECAST.md).
// The seasonal smoothing γ is held at 0: the monthly pattern is estimated once from
// the whole history (init.ts) and not re-learnt month by month. With γ free, least
// squares chased noise (γ 0.24–0.43 on the SDP series) and the 12-month backtests got
// worse at 4 of 5 yearly origins (docs/FORECAST.md).
import { type EtsParams, type EtsState, type FilterResult, filterSse, runFilter, schedule } from './ets.ts';
import { type Flag, initialState } from './init.ts';
import { nelderMead } from './nelder-mead.ts';

export const PHI_MIN = 0.8;
export const PHI_MAX = 0.98;

export interface ModelFit {
  seasonal: boolean;
  params: EtsParams;
  init: EtsState;
  filter: FilterResult;
  /** Residual variance SSE / (n − k). */
  sigma2: number;
  /** Parameters estimated: α, β, φ, the initial level and trend, and 11 free seasonal effects. */
  k: number;
  aicc: number;
  /** The optimum on the optimiser's scale (α, β/α, φ), to warm-start a refit. */
  u: number[];
}

const ALPHA_MIN = 1e-4;
const ALPHA_MAX = 0.9999;
/** The optimiser stops when the simplex's squared errors agree to this share (parameters to about √ of it). */
const TOLERANCE = 1e-7;
/** The trend's smoothing β at most this share of the level's α. */
export const BETA_SHARE_MAX = 0.2;

/** The box the parameters live in, on the optimiser's scale: α, β/α, φ. */
const LOWER = [ALPHA_MIN, 0, PHI_MIN];
const UPPER = [ALPHA_MAX, BETA_SHARE_MAX, PHI_MAX];

const clamp = (v: number, i: number) => Math.max(LOWER[i], Math.min(v, UPPER[i]));

function toParams(x: readonly number[]): EtsParams {
  const alpha = clamp(x[0], 0);
  return { alpha, beta: alpha * clamp(x[1], 1), gamma: 0, phi: clamp(x[2], 2) };
}

/** Squared distance of `x` outside the box (0 inside). */
function outside(x: readonly number[]): number {
  let d = 0;
  for (let i = 0; i < x.length; i++) d += Math.max(0, LOWER[i] - x[i], x[i] - UPPER[i]) ** 2;
  return d;
}

/** The best point of a coarse grid (45 evaluations): the least-squares surface can have several local minima. */
function gridStart(sse: (x: number[]) => number): number[] {
  let best = Number.POSITIVE_INFINITY;
  let arg: number[] = [];
  for (const a of [0.1, 0.3, 0.5, 0.7, 0.9])
    for (const b of [0.02, 0.08, 0.2])
      for (const f of [0.85, 0.92, 0.98]) {
        const v = sse([a, b, f]);
        if (v < best) [best, arg] = [v, [a, b, f]];
      }
  return arg;
}

/** How hard to optimise: a warm start, an evaluation budget, and a second polishing run. */
export interface FitEffort {
  from?: readonly number[];
  maxEval?: number;
  polish?: boolean;
}

/**
 * Fits ETS(A,Ad,A) (`seasonal`) or ETS(A,Ad,N) to `y` with the flagged months treated as
 * given. A warm start (`effort.from`, an earlier optimum) skips the grid; the polish
 * restarts the simplex small around the optimum once.
 */
export function fitEts(y: readonly number[], start: number, seasonal: boolean, flags: ReadonlyMap<number, Flag>, effort: FitEffort = {}): ModelFit {
  const init = initialState(y, start, seasonal, flags);
  const breaks = schedule(flags, y.length);
  // Box constraints by clamping, so an optimum on a bound (φ = 0.98 is common) is reached
  // at a finite point; the penalty keeps the simplex near the box.
  const sse = (x: number[]) => filterSse(y, start, toParams(x), init, breaks) * (1 + outside(x));
  const { from, maxEval = 300, polish = true } = effort;
  let best = nelderMead(sse, from ? from.slice() : gridStart(sse), from ? 0.05 : 0.1, TOLERANCE, maxEval);
  if (polish) {
    const again = nelderMead(sse, best.x, 0.02, TOLERANCE, 120);
    if (again.value <= best.value) best = again;
  }
  const params = toParams(best.x);
  const filter = runFilter(y, start, params, init, flags);
  const k = 3 + 2 + (seasonal ? 11 : 0);
  const n = filter.n;
  const sigma2 = filter.sse / Math.max(1, n - k);
  // Floor the SSE so that a perfect fit gives a finite criterion (constant or exactly linear data).
  const scale = y.reduce((s, v) => (Number.isNaN(v) ? s : s + v * v), 0) / Math.max(1, n);
  const floor = 1e-12 * (scale + 1) * Math.max(1, n);
  const aicc = n - k - 1 > 0 ? n * Math.log(Math.max(filter.sse, floor) / n) + 2 * k + (2 * k * (k + 1)) / (n - k - 1) : Number.POSITIVE_INFINITY;
  return { seasonal, params, init, filter, sigma2, k, aicc, u: best.x };
}
