// Column order of the eight resident counts, as in DATA-CONTRACT.md `occupancy`.

/** The eight resident columns: detainees then prisoners, adult then child, male then female. */
export const RESIDENT_COLUMNS = [
  'detainee_adult_male',
  'detainee_adult_female',
  'detainee_child_male',
  'detainee_child_female',
  'prisoner_adult_male',
  'prisoner_adult_female',
  'prisoner_child_male',
  'prisoner_child_female',
] as const;

/** Eight counts in RESIDENT_COLUMNS order. */
export type Residents8 = number[];

/** Indices of the detainee and prisoner columns. */
export const DETAINEE_COLS = [0, 1, 2, 3] as const;
export const PRISONER_COLS = [4, 5, 6, 7] as const;

/** Columns holding women, for sizing women-only units. */
export const FEMALE_COLS = new Set([1, 3, 5, 7]);

/** Sum of an array of counts. */
export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
