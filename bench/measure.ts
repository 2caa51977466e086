/** Timing helpers for the benchmarks: medians over repeated runs, in one process. */

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Times `fn` `runs` times after `warmup` runs; returns each run in milliseconds. */
export async function time(fn: () => Promise<unknown>, runs: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** Interleaves the runs of several candidates so that drift in machine load hits all alike; every run's time. */
export async function compareRuns(cands: Record<string, () => Promise<unknown>>, runs: number): Promise<Record<string, number[]>> {
  const names = Object.keys(cands);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const n of names) await time(cands[n], 0, 3);
  for (let i = 0; i < runs; i++) {
    for (const n of names) samples[n].push(...(await time(cands[n], 1, 0)));
  }
  return samples;
}

/**
 * A 90% bootstrap interval of median(a) ÷ median(b), resampling whole rounds (the i-th
 * run of `a` and of `b` ran back to back, so they are drawn together). Seeded: the same
 * samples give the same interval.
 */
export function ratioInterval(a: number[], b: number[], iterations = 2000): [number, number] {
  let seed = 0x2545f491;
  const rand = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const n = Math.min(a.length, b.length);
  const ratios: number[] = [];
  const ra = new Array<number>(n);
  const rb = new Array<number>(n);
  for (let k = 0; k < iterations; k++) {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(rand() * n);
      ra[i] = a[j];
      rb[i] = b[j];
    }
    ratios.push(median(ra) / median(rb));
  }
  ratios.sort((x, y) => x - y);
  return [ratios[Math.floor(0.05 * iterations)], ratios[Math.floor(0.95 * iterations)]];
}

export const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
