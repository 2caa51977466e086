// Which unit runs which work programme, from when: a seeded but plausible
// assignment. Bigger Lapas run more categories, LPKA and Cabang Rutan few; women's
// units always sew and make crafts; open prisons (Lapas Terbuka) always farm, fish
// and keep livestock. Food security (ketahanan pangan) grew under Kemenimipas: from
// November 2024 to June 2025 most units without a farm started one, mostly rice
// and maize, and some farms added them.
import type { Model } from './model.ts';
import { MONTHS, monthIndex } from './months.ts';
import { type Rng, streamFor } from './prng.ts';
import { CUSTODIAL_TYPES, type UptType } from './registry.ts';
import { FOOD_SECURITY, MASKS, type Product, productsOf, UMKM_CATEGORIES, type UmkmCategory } from './umkm-catalog.ts';
import { KANWIL } from './kanwil.ts';

/** One unit's programme for one product, running from `start` to `end` (month indices). */
export interface Programme {
  unit: number;
  product: Product;
  start: number;
  end: number;
  /** Relative share of the unit's working inmates. */
  labour: number;
  /** Harvest phase (0-3) of rice and maize: which months of four are harvest months. */
  phase: number;
  /** Price of this unit's product relative to the catalogue. */
  priceFactor: number;
}

/** First month of the work-programme seed (January 2018) and the Kemenimipas wave. */
export const UMKM_FIRST = monthIndex(2018, 1);
export const WAVE_START = monthIndex(2024, 11);
const WAVE_END = monthIndex(2025, 6);

type Weights = Record<UmkmCategory, number>;
const w = (...v: number[]): Weights => Object.fromEntries(UMKM_CATEGORIES.map((c, i) => [c, v[i]])) as Weights;
//                            KERAJ MAKAN KONV  MEBEL TANI  IKAN  TERNAK JASA LAIN
const GENERAL = w(1, 0.9, 0.8, 0.7, 0.9, 0.6, 0.5, 0.6, 0.4);
const WEIGHTS: Record<string, Weights> = {
  LAPAS: GENERAL,
  LAPAS_NARKOTIKA: GENERAL,
  LAPAS_PEREMPUAN: w(2, 1.5, 2, 0.05, 0.5, 0.2, 0.2, 1.2, 0.3),
  LAPAS_TERBUKA: w(0.5, 1, 0.3, 0.4, 1, 1, 1, 0.3, 0.3),
  LPKA: w(1.5, 1, 0.8, 0.3, 0.6, 0.4, 0.2, 0.8, 0.1),
  RUTAN: w(0.8, 1, 0.4, 0.2, 0.6, 0.5, 0.3, 1, 0.3),
  CABRUTAN: w(0.8, 1, 0.3, 0.1, 0.6, 0.5, 0.2, 1, 0.2),
};
// Categories a kind of unit has at the least, at the most, and about how many for a unit of 250 places.
const COUNT: Record<string, [number, number, number]> = {
  LAPAS: [2, 8, 4.5],
  LAPAS_NARKOTIKA: [2, 7, 4],
  LAPAS_PEREMPUAN: [3, 6, 4],
  LAPAS_TERBUKA: [3, 6, 4],
  LPKA: [1, 3, 2.2],
  RUTAN: [1, 5, 2.5],
  CABRUTAN: [1, 2, 1.2],
};
const FORCED: Partial<Record<UptType | 'WOMEN', UmkmCategory[]>> = {
  WOMEN: ['KONVEKSI', 'KERAJINAN'],
  LAPAS_TERBUKA: ['PERTANIAN', 'PERIKANAN', 'PETERNAKAN'],
};

function pick<T>(rng: Rng, items: T[], weight: (t: T) => number): T | null {
  const total = items.reduce((a, t) => a + weight(t), 0);
  if (total <= 0) return null;
  let x = rng() * total;
  for (const t of items) {
    x -= weight(t);
    if (x < 0) return t;
  }
  return items[items.length - 1];
}

const between = (rng: Rng, a: number, b: number) => a + Math.floor(rng() * (b - a + 1));

/** Assigns the programmes of every custodial unit. */
export function assignProgrammes(model: Model, seed: number): Programme[] {
  const out: Programme[] = [];
  model.units.forEach((u, i) => {
    if (!CUSTODIAL_TYPES.has(u.type)) return;
    const rng = streamFor(seed, `umkm:${u.code}`);
    const kanwil = KANWIL[u.kanwil].name;
    const kind = u.womenOnly ? 'LAPAS_PEREMPUAN' : u.type;
    const places = model.series.capacity[i][MONTHS - 1];
    const [lo, hi, base] = COUNT[kind];
    const n = Math.max(lo, Math.min(hi, Math.round(base + 1.2 * Math.log2(Math.max(places, 20) / 250) + (rng() - 0.5) * 1.5)));
    const cats = [...(FORCED[u.womenOnly ? 'WOMEN' : u.type] ?? [])];
    while (cats.length < n) {
      const c = pick(
        rng,
        [...UMKM_CATEGORIES].filter((x) => !cats.includes(x)),
        (x) => WEIGHTS[kind][x],
      );
      if (!c) break;
      cats.push(c);
    }
    const productWeight = (x: Product) =>
      x.notIn?.includes(kanwil) ? 0 : x.weight * (x.regions ? (x.regions.includes(kanwil) ? 4 : 0.25) : 1) * (u.womenOnly ? (x.women ?? 1) : 1);
    const add = (product: Product, start: number, end = MONTHS - 1, labour = 1) =>
      out.push({
        unit: i,
        product,
        start,
        end,
        labour: labour * (0.7 + 0.6 * rng()),
        phase: between(rng, 0, 3),
        priceFactor: Math.exp(0.1 * (rng() - 0.5) * 2),
      });
    for (const c of cats) {
      const maxProducts = kind === 'LPKA' || kind === 'CABRUTAN' ? 1 : places > 600 ? 3 : 2;
      const nProducts = Math.min(maxProducts, 1 + (places > 600 ? 1 : 0) + (rng() < 0.3 ? 1 : 0));
      const chosen: Product[] = [];
      for (let k = 0; k < nProducts; k++) {
        const x = pick(
          rng,
          productsOf(c).filter((y) => !chosen.includes(y)),
          productWeight,
        );
        if (x) chosen.push(x);
      }
      for (const x of chosen) {
        const food = FOOD_SECURITY.has(c);
        const early = food && kind !== 'LAPAS_TERBUKA' ? 0.35 : 0.6;
        add(x, rng() < early ? UMKM_FIRST : between(rng, UMKM_FIRST + 1, food ? WAVE_START - 1 : monthIndex(2025, 6)));
      }
      if (c === 'KONVEKSI' && rng() < 0.8) add(MASKS, between(rng, monthIndex(2020, 3), monthIndex(2020, 5)), monthIndex(2021, 6), 1.5);
    }
    // The Kemenimipas food-security drive: a farm for most units that had none, rice and maize for some that had.
    const farms = cats.some((c) => FOOD_SECURITY.has(c));
    const staple = (x: Product) => (x.name === 'Padi' || x.name === 'Jagung' ? 4 * productWeight(x) : productWeight(x));
    if (!farms && kind !== 'CABRUTAN' && rng() < 0.65) {
      const x = pick(rng, productsOf('PERTANIAN'), staple);
      if (x) add(x, between(rng, WAVE_START, WAVE_END));
    } else if (farms && rng() < 0.3) {
      const have = out.filter((q) => q.unit === i).map((q) => q.product);
      const x = pick(
        rng,
        productsOf('PERTANIAN').filter((y) => (y.name === 'Padi' || y.name === 'Jagung') && !have.includes(y)),
        productWeight,
      );
      if (x) add(x, between(rng, WAVE_START, WAVE_END));
    }
  });
  return out;
}
