// The umkm_sales table: every running programme of every custodial unit at every
// month 2018-01..2025-12. The unit's working inmates (a share of its sentenced
// prisoners that month) are shared among its running programmes; each produces
// inmates × its productivity × season × trend. Rice and maize are then scaled so
// the national harvest of the Kemenimipas first year equals the public figures
// (data/gen/food-security.csv), exactly to the kilogram; everything else is
// synthetic. PNBP is 15% of revenue (the 1990 decree's PNBP share, DOMAIN.md).
import { join } from 'node:path';
import { apportion } from './apportion.ts';
import { readCsvObjects } from './csv.ts';
import type { Model } from './model.ts';
import { MONTHS, parseMonth, yearMonth } from './months.ts';
import { normal, type Rng, streamFor } from './prng.ts';
import { remissionRounds } from './remission-events.ts';
import { FOOD_SECURITY, type Product } from './umkm-catalog.ts';
import { assignProgrammes, type Programme, UMKM_FIRST, WAVE_START } from './umkm-programmes.ts';

/** PNBP as a share of revenue: pnbp_idr = floor(revenue_idr × 15 / 100). */
export const PNBP_PERCENT = 15;

// Share of sentenced prisoners working in a month, by kind of unit.
const PARTICIPATION: Record<string, number> = {
  LAPAS: 0.12,
  LAPAS_NARKOTIKA: 0.1,
  LAPAS_PEREMPUAN: 0.2,
  LAPAS_TERBUKA: 0.5,
  LPKA: 0.25,
  RUTAN: 0.05,
  CABRUTAN: 0.05,
};
// Idul Adha fell in these months (sacrificial cattle and goats sell then).
const IDUL_ADHA: Record<number, number> = { 2018: 8, 2019: 8, 2020: 7, 2021: 7, 2022: 7, 2023: 6, 2024: 6, 2025: 6 };

/** The generated rows, column by column. */
export interface UmkmTable {
  month: Int32Array;
  unit: Int32Array;
  product: Product[];
  /** Quantity in tenths of the unit (kg to 0.1; pcs, ekor, paket whole). */
  tenths: Float64Array;
  revenue: Float64Array;
  pnbp: Float64Array;
  inmates: Int32Array;
  length: number;
}

function season(x: Programme, m: number, lebaran: Map<number, number>): number {
  const { year, month } = yearMonth(m);
  switch (x.product.season) {
    case 'harvest':
      return (m + x.phase) % 4 === 0 ? 4 : 0;
    case 'iduladha':
      return month === IDUL_ADHA[year] ? 8 : 4 / 11;
    case 'lebaran':
      return month === lebaran.get(year) ? 3 : month === 12 ? 1.5 : 0.75;
    default:
      return 1;
  }
}

function covid(x: Programme, m: number): number {
  if (FOOD_SECURITY.has(x.product.category) || x.product.name === 'Masker kain') return 1;
  const { year, month } = yearMonth(m);
  if (year === 2020 && month >= 4 && month <= 9) return 0.55; // exhibitions and shop sales stopped
  return (year === 2020 && month >= 10) || (year === 2021 && month <= 6) ? 0.8 : 1;
}

/** Builds the table from the occupancy model. */
export function buildUmkm(model: Model, seed: number): UmkmTable {
  const programmes = assignProgrammes(model, seed);
  const lebaran = new Map(
    remissionRounds()
      .filter((r) => r.event === 'RK_IDUL_FITRI')
      .map((r) => [r.year, yearMonth(r.month).month]),
  );
  const rows: { m: number; p: number; inmates: number; raw: number }[] = [];
  const byUnit = new Map<number, number[]>();
  programmes.forEach((x, k) => byUnit.set(x.unit, [...(byUnit.get(x.unit) ?? []), k]));
  const noise = programmes.map((x) => streamFor(seed, `umkm:${model.units[x.unit].code}:${x.product.name}:${x.start}`));
  for (const [i, ks] of byUnit) {
    const u = model.units[i];
    const share = Math.min(0.6, PARTICIPATION[u.womenOnly ? 'LAPAS_PEREMPUAN' : u.type] * Math.exp(0.3 * normal(streamFor(seed, `umkm-share:${u.code}`))));
    for (let m = UMKM_FIRST; m < MONTHS; m++) {
      const on = ks.filter((k) => programmes[k].start <= m && m <= programmes[k].end);
      if (on.length === 0) continue;
      const at = i * MONTHS + m;
      const r = model.series.residents;
      const prisoners = r[4][at] + r[5][at] + r[6][at] + r[7][at];
      const years = (m - UMKM_FIRST) / 12;
      const drive = m >= WAVE_START ? Math.min(1, (m - WAVE_START + 1) / 14) : 0;
      const isFood = (k: number) => FOOD_SECURITY.has(programmes[k].product.category);
      const working = Math.min(prisoners, Math.max(on.length, Math.round(share * prisoners * (1 + 0.04 * years))));
      const split = apportion(
        working,
        on.map((k) => programmes[k].labour * (isFood(k) ? 1 + 0.5 * drive : 1)),
      );
      on.forEach((k, j) => {
        const x = programmes[k];
        const rng: Rng = noise[k];
        const wobble = Math.exp(0.15 * normal(rng));
        if (split[j] === 0) return;
        const rampUp = x.start === UMKM_FIRST ? 1 : 0.4 + 0.6 * Math.min(1, (m - x.start) / 6);
        const trend = isFood(k) ? (1 + 0.03 * years) * (1 + 0.4 * drive) : 1 + 0.05 * years;
        const raw = split[j] * x.product.perInmate * season(x, m, lebaran) * rampUp * trend * covid(x, m) * wobble;
        rows.push({ m, p: k, inmates: split[j], raw });
      });
    }
  }
  calibrateStaples(rows, programmes);
  rows.sort((a, b) => a.m - b.m || a.p - b.p);
  const n = rows.length;
  const t: UmkmTable = {
    month: new Int32Array(n),
    unit: new Int32Array(n),
    product: new Array(n),
    tenths: new Float64Array(n),
    revenue: new Float64Array(n),
    pnbp: new Float64Array(n),
    inmates: new Int32Array(n),
    length: n,
  };
  rows.forEach((row, j) => {
    const x = programmes[row.p];
    const tenths = x.product.unit === 'kg' ? Math.round(row.raw * 10) : 10 * Math.round(row.raw);
    const price = x.product.price * x.priceFactor * 1.03 ** (yearMonth(row.m).year - 2018);
    t.month[j] = row.m;
    t.unit[j] = x.unit;
    t.product[j] = x.product;
    t.tenths[j] = tenths;
    t.revenue[j] = Math.round((tenths / 10) * price);
    t.pnbp[j] = Math.floor((t.revenue[j] * PNBP_PERCENT) / 100);
    t.inmates[j] = row.inmates;
  });
  return t;
}

/** The public harvest figures the staples are scaled to (data/gen/food-security.csv). */
export function foodSecurityTargets(): { product: string; from: number; to: number; kg: number }[] {
  return readCsvObjects(join(import.meta.dirname, 'food-security.csv')).map((r) => ({
    product: r.product,
    from: parseMonth(r.from_month),
    to: parseMonth(r.to_month),
    kg: Number(r.quantity),
  }));
}

/** Scales rice and maize to whole kilograms summing exactly to the public figure over its window. */
function calibrateStaples(rows: { m: number; p: number; raw: number }[], programmes: Programme[]): void {
  for (const target of foodSecurityTargets()) {
    const mine = rows.filter((r) => programmes[r.p].product.name === target.product);
    const inside = mine.filter((r) => r.m >= target.from && r.m <= target.to);
    const rawSum = inside.reduce((a, r) => a + r.raw, 0);
    if (rawSum <= 0) throw new Error(`No ${target.product} grown in the food-security window`);
    const scale = target.kg / rawSum;
    const kg = apportion(
      target.kg,
      inside.map((r) => r.raw),
    );
    inside.forEach((r, j) => (r.raw = kg[j]));
    for (const r of mine) if (r.m < target.from || r.m > target.to) r.raw = Math.round(r.raw * scale);
  }
}
