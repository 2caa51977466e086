// A plain Nelder–Mead simplex minimiser (Nelder & Mead 1965, standard coefficients).
// The forecast fits 3 bounded parameters, where a derivative-free method is simple,
// robust and fast enough (~50–300 evaluations). Written to allocate little: it runs
// thousands of times per batch of forecasts.

export interface MinimizeResult {
  x: number[];
  value: number;
  evaluations: number;
}

/** Minimises `f` from `x0` with initial step `step`; stops when the simplex's values agree to `tol` (relative) or after `maxEval` evaluations. */
export function nelderMead(f: (x: number[]) => number, x0: readonly number[], step = 1, tol = 1e-9, maxEval = 600): MinimizeResult {
  const n = x0.length;
  let evals = 0;
  const value = (x: number[]) => {
    evals++;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const pts: number[][] = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const p = x0.slice();
    p[i] += step;
    pts.push(p);
  }
  const vals = pts.map(value);
  const centroid = new Array<number>(n);
  const xr = new Array<number>(n);
  const xe = new Array<number>(n);
  const xc = new Array<number>(n);
  // out = c + t·(p − c)
  const towards = (out: number[], p: readonly number[], t: number) => {
    for (let j = 0; j < n; j++) out[j] = centroid[j] + t * (p[j] - centroid[j]);
  };
  const replaceWorst = (x: readonly number[], v: number) => {
    for (let j = 0; j < n; j++) pts[n][j] = x[j];
    vals[n] = v;
  };
  while (evals < maxEval) {
    // Insertion sort by value (n + 1 points, nearly sorted already).
    for (let i = 1; i <= n; i++) {
      for (let k = i; k > 0 && vals[k] < vals[k - 1]; k--) {
        [vals[k], vals[k - 1]] = [vals[k - 1], vals[k]];
        [pts[k], pts[k - 1]] = [pts[k - 1], pts[k]];
      }
    }
    const best = vals[0];
    const worst = vals[n];
    if (Math.abs(worst - best) <= tol * (Math.abs(best) + tol)) break;
    centroid.fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += pts[i][j] / n;
    towards(xr, pts[n], -1);
    const fr = value(xr);
    if (fr < best) {
      towards(xe, pts[n], -2);
      const fe = value(xe);
      if (fe < fr) replaceWorst(xe, fe);
      else replaceWorst(xr, fr);
    } else if (fr < vals[n - 1]) {
      replaceWorst(xr, fr);
    } else {
      // Contract towards the better of the worst point and its reflection.
      const outside = fr < worst;
      towards(xc, outside ? xr : pts[n], 0.5);
      const fc = value(xc);
      if (fc < (outside ? fr : worst)) replaceWorst(xc, fc);
      else {
        for (let i = 1; i <= n; i++) {
          for (let j = 0; j < n; j++) pts[i][j] = pts[0][j] + 0.5 * (pts[i][j] - pts[0][j]);
          vals[i] = value(pts[i]);
        }
      }
    }
  }
  let b = 0;
  for (let i = 1; i <= n; i++) if (vals[i] < vals[b]) b = i;
  return { x: pts[b].slice(), value: vals[b], evaluations: evals };
}
