// Integer apportionment. Calibrated totals (national, Kanwil) must survive the
// split into parts exactly, so every split of a count goes through here.

/**
 * Splits `total` into integers proportional to `weights` (largest remainder,
 * ties to the lower index). All-zero weights fall back to equal shares.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0) {
    if (total !== 0) throw new Error(`Cannot apportion ${total} over no parts`);
    return [];
  }
  if (!Number.isInteger(total) || total < 0) throw new Error(`Bad total ${total}`);
  let sum = 0;
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`Bad weight ${w}`);
    sum += w;
  }
  const w = sum > 0 ? weights : weights.map(() => 1);
  const s = sum > 0 ? sum : n;
  const out = new Array<number>(n);
  const rem: { i: number; r: number }[] = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    const q = (total * w[i]) / s;
    const f = Math.floor(q);
    out[i] = f;
    given += f;
    rem.push({ i, r: q - f });
  }
  rem.sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; k < total - given; k++) out[rem[k % n].i] += 1;
  return out;
}

/**
 * Like `apportion`, but no part may exceed its cap: parts that would are fixed
 * at the cap and the rest is shared again among the others.
 */
export function apportionCapped(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const n = weights.length;
  const out = new Array<number>(n).fill(0);
  const open = new Set<number>(weights.map((_, i) => i).filter((i) => caps[i] > 0));
  let left = Math.min(
    total,
    caps.reduce((a, b) => a + b, 0),
  );
  for (let round = 0; round < n + 1 && left > 0 && open.size > 0; round++) {
    const idx = [...open];
    const part = apportion(
      left,
      idx.map((i) => weights[i]),
    );
    let over = false;
    idx.forEach((i, k) => {
      if (part[k] >= caps[i]) {
        over = true;
        out[i] = caps[i];
        left -= caps[i];
        open.delete(i);
      }
    });
    if (!over) {
      idx.forEach((i, k) => (out[i] = part[k]));
      left = 0;
    }
  }
  return out;
}
