import { monthLabel } from './months.ts';
import type { Crossing } from './types.ts';

/** The lines of a forecast band, month by month. */
export interface BandLines {
  point: readonly number[];
  lower80: readonly number[];
  upper80: readonly number[];
  lower95: readonly number[];
  upper95: readonly number[];
}

/** Whole people (never −0, which would print as "-0"). */
export const whole = (x: number) => Math.round(x) + 0;

/** The band in whole people, as shown to the user (the crossing is read from these). */
export function roundBands(b: BandLines): BandLines {
  const r = (xs: readonly number[]) => xs.map(whole);
  return { point: r(b.point), lower80: r(b.lower80), upper80: r(b.upper80), lower95: r(b.lower95), upper95: r(b.upper95) };
}

/**
 * Where each line first meets capacity. The direction comes from the last observed month:
 * residents below capacity look for the first month at or above it (`up`), residents at or
 * above capacity for the first month at or below it (`down`). Months without a capacity are
 * skipped; no capacity at all gives null.
 */
export function findCrossing(
  lastResidents: number,
  lastCapacity: number | null,
  firstIndex: number,
  lines: BandLines,
  capacity: readonly (number | null)[],
): Crossing | null {
  const ref = lastCapacity ?? capacity.find((c) => c != null) ?? null;
  if (ref == null) return null;
  const direction = lastResidents < ref ? 'up' : 'down';
  const first = (xs: readonly number[]): string | null => {
    for (let k = 0; k < xs.length; k++) {
      const c = capacity[k];
      if (c == null) continue;
      if (direction === 'up' ? xs[k] >= c : xs[k] <= c) return monthLabel(firstIndex + k);
    }
    return null;
  };
  return {
    direction,
    point: first(lines.point),
    lower80: first(lines.lower80),
    upper80: first(lines.upper80),
    lower95: first(lines.lower95),
    upper95: first(lines.upper95),
  };
}

/** max(0, 100 × (residents − capacity) / capacity) to one decimal (DATA-CONTRACT.md); null without capacity or with capacity 0. */
export function overcrowdingPct(residents: number, capacity: number | null): number | null {
  if (capacity == null || capacity <= 0) return null;
  return Math.round(Math.max(0, (100 * (residents - capacity)) / capacity) * 10) / 10;
}
