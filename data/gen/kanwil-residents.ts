// Residents per Kanwil per month, all eight columns. Decembers 2011..2020 are the
// real SDP rows; other months share the national total out by Kanwil shares
// interpolated between Decembers, and after 2020 by the 2020 shares plus a damped
// 2016-2020 trend (integer apportionment, so national sums stay exact).
import { apportion } from './apportion.ts';
import { DETAINEE_COLS, PRISONER_COLS, sum, type Residents8 } from './columns.ts';
import { KANWIL } from './kanwil.ts';
import { MONTHS, yearMonth } from './months.ts';
import type { National } from './national.ts';
import { SDP_LAST_DEC, type Sdp } from './sdp.ts';

const TREND_FROM = 2016;

// Trend years after 2020, damped so shares drift but never run away by 2025.
const damped = (t: number): number => t / (1 + t / 2);

/** Value of `f(year)` at fractional December-year x (x = 2013 is December 2013). */
function alongDecembers(x: number, f: (year: number) => number): number {
  if (x >= SDP_LAST_DEC) {
    const slope = (f(SDP_LAST_DEC) - f(TREND_FROM)) / (SDP_LAST_DEC - TREND_FROM);
    const v = f(SDP_LAST_DEC) + slope * damped(x - SDP_LAST_DEC);
    return Math.max(v, 0.3 * f(SDP_LAST_DEC));
  }
  const y0 = Math.floor(x);
  const t = x - y0;
  return t === 0 ? f(y0) : f(y0) * (1 - t) + f(y0 + 1) * t;
}

/** Kanwil residents: `out[k][m]` is the eight columns for Kanwil k at month m. */
export function buildKanwilResidents(sdp: Sdp, national: National): Residents8[][] {
  const out: Residents8[][] = KANWIL.map(() => []);
  const groupSum = (k: number, y: number, cols: readonly number[]) => sum(cols.map((c) => sdp.dec[k].get(y)![c]));
  const totals = new Map<string, number>();
  const natGroup = (y: number, cols: readonly number[]) => {
    const key = `${y}:${cols[0]}`;
    if (!totals.has(key)) totals.set(key, sum(KANWIL.map((_, k) => groupSum(k, y, cols))));
    return totals.get(key)!;
  };
  for (let m = 0; m < MONTHS; m++) {
    const { year, month } = yearMonth(m);
    if (month === 12 && year <= SDP_LAST_DEC) {
      KANWIL.forEach((_, k) => out[k].push([...sdp.dec[k].get(year)!]));
      continue;
    }
    const x = year - 1 + month / 12;
    const rows: Residents8[] = KANWIL.map(() => new Array(8).fill(0));
    const groups: [readonly number[], number][] = [
      [DETAINEE_COLS, national.detainees[m]],
      [PRISONER_COLS, national.residents[m] - national.detainees[m]],
    ];
    for (const [cols, total] of groups) {
      const shares = KANWIL.map((_, k) => alongDecembers(x, (y) => groupSum(k, y, cols) / natGroup(y, cols)));
      const perKanwil = apportion(total, shares);
      KANWIL.forEach((_, k) => {
        // Within a Kanwil the mix (adult/child, male/female) follows its own Decembers, no trend.
        const mix = cols.map((c) => alongDecembers(Math.min(x, SDP_LAST_DEC), (y) => sdp.dec[k].get(y)![c] / Math.max(1, groupSum(k, y, cols))));
        apportion(perKanwil[k], mix).forEach((v, i) => (rows[k][cols[i]] = v));
      });
    }
    KANWIL.forEach((_, k) => out[k].push(rows[k]));
  }
  return out;
}
