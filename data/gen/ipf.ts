// Iterative proportional fitting: scales a seed matrix until its row and column
// sums match the targets. Used to place a Kanwil's residents into its units so
// that each unit's load follows its capacity while each column (women, children,
// detainees, …) goes mostly where it belongs.

/** Fits `seed` (rows × cols) to the row and column targets; columns end exact. */
export function ipf(seed: number[][], rowTargets: number[], colTargets: number[], rounds = 30): number[][] {
  const m = seed.map((r) => [...r]);
  const nc = colTargets.length;
  const fitCols = () => {
    for (let c = 0; c < nc; c++) {
      let s = 0;
      for (const r of m) s += r[c];
      if (s > 0) for (const r of m) r[c] *= colTargets[c] / s;
    }
  };
  for (let it = 0; it < rounds; it++) {
    m.forEach((r, i) => {
      let s = 0;
      for (const v of r) s += v;
      if (s > 0) for (let c = 0; c < nc; c++) r[c] *= rowTargets[i] / s;
    });
    fitCols();
  }
  return m;
}
