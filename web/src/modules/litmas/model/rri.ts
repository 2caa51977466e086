// RRI part A scored in the browser for instant feedback; the server's score (GET case)
// is the one that counts, with the same boundaries (server/litmas/rri.ts).
import type { RriLevel, RriResult } from '../types.ts';

/** Rendah 0–6, Sedang 7–11, Tinggi 12–15, Sangat tinggi 16–17. */
export function rriLevel(total: number): RriLevel {
  if (total <= 6) return 'Rendah';
  if (total <= 11) return 'Sedang';
  if (total <= 15) return 'Tinggi';
  return 'Sangat tinggi';
}

/** Total of the answered items (unanswered count as missing, 0 in the total). */
export function scoreRri(items: { key: string; max: number }[], answers: Record<string, number | null | undefined>): RriResult {
  let total = 0;
  const missing: string[] = [];
  for (const it of items) {
    const v = answers[it.key];
    if (typeof v !== 'number') missing.push(it.key);
    else total += Math.min(Math.max(0, v), it.max);
  }
  return { total, level: rriLevel(total), complete: missing.length === 0, missing };
}
