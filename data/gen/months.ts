// The seed's time axis: month-end snapshots from January 2012 to December 2025,
// addressed by a month index (0 = 2012-01) so arithmetic stays integer.

/** First and last month of the seed. */
export const FIRST_YEAR = 2012;
export const LAST_YEAR = 2025;
export const MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12;

/** Month index of a year and month (1-12). */
export function monthIndex(year: number, month: number): number {
  return (year - FIRST_YEAR) * 12 + (month - 1);
}

/** Month index of a `YYYY-MM` string. */
export function parseMonth(ym: string): number {
  const m = /^(\d{4})-(\d{2})/.exec(ym);
  if (!m) throw new Error(`Not a YYYY-MM month: ${ym}`);
  return monthIndex(Number(m[1]), Number(m[2]));
}

/** Year and month (1-12) of a month index. */
export function yearMonth(m: number): { year: number; month: number } {
  return { year: FIRST_YEAR + Math.floor(m / 12), month: (m % 12) + 1 };
}

/** Days since 1970-01-01 of the last day of month `m` (what DuckDB stores for a DATE). */
export function monthEndDays(m: number): number {
  const { year, month } = yearMonth(m);
  return Date.UTC(year, month, 0) / 86_400_000;
}

/** Days since 1970-01-01 of the first day of month `m` (the `month` of umkm_sales). */
export function monthStartDays(m: number): number {
  const { year, month } = yearMonth(m);
  return Date.UTC(year, month - 1, 1) / 86_400_000;
}

/** Linear interpolation over sorted (x, y) knots, flat outside them. */
export function interpolate(knots: readonly (readonly [number, number])[], x: number): number {
  if (x <= knots[0][0]) return knots[0][1];
  for (let i = 1; i < knots.length; i++) {
    const [x1, y1] = knots[i];
    if (x <= x1) {
      const [x0, y0] = knots[i - 1];
      return x1 === x0 ? y1 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return knots[knots.length - 1][1];
}
