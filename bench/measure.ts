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

/** Interleaves the runs of several candidates so that drift in machine load hits all alike. */
export async function compare(cands: Record<string, () => Promise<unknown>>, runs: number): Promise<Record<string, number>> {
  const names = Object.keys(cands);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const n of names) await time(cands[n], 0, 3);
  for (let i = 0; i < runs; i++) {
    for (const n of names) samples[n].push(...(await time(cands[n], 1, 0)));
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n])]));
}

export const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
