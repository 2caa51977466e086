// Capacity per Kanwil over time. The end point (2025) comes from the May 2025
// overcrowding of each Kanwil: public for six of them, a synthetic relative level
// for the rest, scaled so the Kanwil sum is the national capacity. The 2012 start
// keeps crowded Kanwil crowded; public Kanwil snapshots are passed through on the
// way. Returns smooth targets: blocks.ts turns them into block openings.
import { sum, type Residents8 } from './columns.ts';
import type { Anchor } from './anchors.ts';
import { KANWIL } from './kanwil.ts';
import { MONTHS, interpolate, monthIndex } from './months.ts';
import type { National } from './national.ts';

/** The month whose Kanwil overcrowding is public (May 2025). */
export const CROWDING_MONTH = monthIndex(2025, 5);

/** Start and end capacity per Kanwil and the monthly targets between them. */
export interface KanwilCapacity {
  start: number[];
  end: number[];
  target: number[][];
}

function solveEnd(res: number[], total: number, anchors: Anchor[][], finalFrom: number): number[] {
  const fixedEnd = KANWIL.map((kw, k) => {
    const late = anchors[k].filter((a) => a.month >= finalFrom);
    if (late.length > 0) return late[late.length - 1].capacity;
    return 'fixed' in kw.crowding2025 ? Math.round(res[k] / kw.crowding2025.fixed) : null;
  });
  const endFor = (lambda: number) => KANWIL.map((kw, k) => fixedEnd[k] ?? res[k] / (1 + (lambda * (kw.crowding2025 as { relative: number }).relative) / 100));
  let [lo, hi] = [0, 10];
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (sum(endFor(mid)) > total) lo = mid;
    else hi = mid;
  }
  const raw = endFor((lo + hi) / 2);
  // Round the free Kanwil so the sum is exact; the fixed ones keep their rounding.
  const free = KANWIL.map((_, k) => fixedEnd[k] === null);
  const rounded = raw.map((v) => Math.floor(v));
  let left = total - sum(rounded);
  const order = raw
    .map((v, k) => ({ k, r: v - Math.floor(v) }))
    .filter((x) => free[x.k])
    .sort((a, b) => b.r - a.r || a.k - b.k);
  for (let i = 0; left > 0; i = (i + 1) % order.length, left--) rounded[order[i].k]++;
  // The public top and bottom Kanwil must stay the top and bottom ones.
  const ratio = rounded.map((c, k) => res[k] / c);
  const fixedRatios = KANWIL.map((kw, k) => ('fixed' in kw.crowding2025 ? ratio[k] : NaN)).filter((r) => !Number.isNaN(r));
  const national = sum(res) / total;
  const lowTop = Math.min(...fixedRatios.filter((r) => r > national));
  const highBottom = Math.max(...fixedRatios.filter((r) => r < national));
  KANWIL.forEach((kw, k) => {
    if (!('fixed' in kw.crowding2025) && !(ratio[k] > highBottom && ratio[k] < lowTop)) {
      throw new Error(`${kw.name}: May 2025 occupancy ${ratio[k].toFixed(2)} falls outside ${highBottom.toFixed(2)}..${lowTop.toFixed(2)}`);
    }
  });
  return rounded;
}

function solveStart(res0: number[], res1: number[], end: number[], total0: number, anchors: Anchor[][], g: (m: number) => number): number[] {
  const r0 = sum(res0) / total0;
  const r1 = sum(res1) / sum(end);
  // Every Kanwil opens some blocks over the period, and a public snapshot must lie on the path.
  const ceil = KANWIL.map((_, k) => {
    const a = anchors[k].find((x) => g(x.month) < 1);
    return Math.min(0.92 * end[k], a ? a.capacity : Infinity);
  });
  const want = KANWIL.map((_, k) => res0[k] / (r0 * Math.sqrt(res1[k] / end[k] / r1)));
  let scale = 1;
  let start = want;
  for (let i = 0; i < 60; i++) {
    start = want.map((w, k) => Math.min(ceil[k], Math.max(0.45 * end[k], 0.6 * ceil[k], w * scale)));
    scale *= total0 / sum(start);
  }
  const out = start.map((v) => Math.round(v));
  out[out.indexOf(Math.max(...out))] += total0 - sum(out);
  return out;
}

/** Builds Kanwil capacity targets for every month. */
export function buildKanwilCapacity(residents: Residents8[][], national: National, anchors: Anchor[][]): KanwilCapacity {
  const cap = national.capacity;
  const [c0, c1] = [cap[0], cap[MONTHS - 1]];
  const g = (m: number) => (cap[m] - c0) / (c1 - c0);
  const finalFrom = cap.indexOf(c1);
  const total = (k: number, m: number) => sum(residents[k][m]);
  const res1 = KANWIL.map((_, k) => total(k, CROWDING_MONTH));
  const end = solveEnd(res1, c1, anchors, finalFrom);
  const start = solveStart(
    KANWIL.map((_, k) => total(k, 0)),
    res1,
    end,
    c0,
    anchors,
    g,
  );
  const knots = KANWIL.map((_, k) => {
    const mid = anchors[k].filter((a) => g(a.month) > 0 && g(a.month) < 1).map((a) => [g(a.month), a.capacity] as [number, number]);
    const ks = [[0, start[k]] as [number, number], ...mid, [1, end[k]] as [number, number]];
    for (let i = 1; i < ks.length; i++) {
      if (ks[i][1] < ks[i - 1][1]) throw new Error(`Capacity path of ${KANWIL[k].name} would shrink: ${JSON.stringify(ks)}`);
    }
    return ks;
  });
  const target = KANWIL.map(() => new Array<number>(MONTHS));
  for (let m = 0; m < MONTHS; m++) {
    // Kanwil with a public snapshot keep their own path; the others absorb the rest.
    const raw = knots.map((ks) => interpolate(ks, g(m)));
    const pinned = sum(raw.filter((_, k) => knots[k].length > 2));
    const f = (cap[m] - pinned) / (sum(raw) - pinned);
    raw.forEach((v, k) => (target[k][m] = knots[k].length > 2 ? v : v * f));
  }
  return { start, end, target };
}
