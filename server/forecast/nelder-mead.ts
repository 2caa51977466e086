// A plain Nelder–Mead simplex minimiser (Nelder & Mead 1965, standard coefficients).
// The forecast fits 3–4 bounded parameters mapped to the real line, where a
// derivative-free method is simple, robust and fast enough (~100–400 evaluations).

export interface MinimizeResult {
  x: number[];
  value: number;
  evaluations: number;
}

/** Minimises `f` from `x0` with initial step `step`; stops when the simplex's values agree to `tol` (relative) or after `maxEval` evaluations. */
export function nelderMead(f: (x: number[]) => number, x0: number[], step = 1, tol = 1e-9, maxEval = 600): MinimizeResult {
  const n = x0.length;
  let evals = 0;
  const eval_ = (x: number[]) => {
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
  const vals = pts.map(eval_);
  const at = (c: number[], p: number[], t: number) => c.map((ci, i) => ci + t * (p[i] - ci));
  while (evals < maxEval) {
    const order = vals.map((_, i) => i).sort((a, b) => vals[a] - vals[b]);
    const sortedP = order.map((i) => pts[i]);
    const sortedV = order.map((i) => vals[i]);
    pts.splice(0, pts.length, ...sortedP);
    vals.splice(0, vals.length, ...sortedV);
    const best = vals[0];
    const worst = vals[n];
    if (Math.abs(worst - best) <= tol * (Math.abs(best) + tol)) break;
    const centroid = new Array(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += pts[i][j] / n;
    const xr = at(centroid, pts[n], -1);
    const fr = eval_(xr);
    if (fr < best) {
      const xe = at(centroid, pts[n], -2);
      const fe = eval_(xe);
      if (fe < fr) [pts[n], vals[n]] = [xe, fe];
      else [pts[n], vals[n]] = [xr, fr];
    } else if (fr < vals[n - 1]) {
      [pts[n], vals[n]] = [xr, fr];
    } else {
      // Contract towards the better of the worst point and its reflection.
      const outside = fr < worst;
      const xc = at(centroid, outside ? xr : pts[n], 0.5);
      const fc = eval_(xc);
      if (fc < (outside ? fr : worst)) [pts[n], vals[n]] = [xc, fc];
      else {
        for (let i = 1; i <= n; i++) {
          pts[i] = at(pts[0], pts[i], 0.5);
          vals[i] = eval_(pts[i]);
        }
      }
    }
  }
  let b = 0;
  for (let i = 1; i <= n; i++) if (vals[i] < vals[b]) b = i;
  return { x: pts[b], value: vals[b], evaluations: evals };
}
