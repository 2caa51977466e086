// Start (2012) and end (2025) capacity of each unit. A Kanwil's end capacity is
// split over its residential units: women-only units get room in proportion to
// the Kanwil's women, the rest by kind and class, with kind weights tuned so the
// national split matches the November 2025 figures and no unit grows far past
// its class. Units named in a public snapshot keep the published capacity.
import { apportion, apportionCapped } from './apportion.ts';
import { FEMALE_COLS, sum, type Residents8 } from './columns.ts';
import type { Anchor } from './anchors.ts';
import { CROWDING_MONTH, type KanwilCapacity } from './kanwil-capacity.ts';
import { KANWIL } from './kanwil.ts';
import { normal, streamFor, uniform } from './prng.ts';
import type { UnitDef, UptType } from './registry.ts';

/** Capacity by kind, November 2025 (kanalberita.com 2025-11-30): Lapas, Rutan, LPKA, Lapas Perempuan. */
export const KIND_CAPACITY_2025 = { lapas: 98_805, rutan: 37_292, lpka: 2_329, lpp: 6_065 };
type Kind = keyof typeof KIND_CAPACITY_2025;

/** Kind of a residential unit as the November 2025 figures group them; null for Bapas and Rupbasan. */
export function kindOf(t: UptType): Kind | null {
  if (t === 'LAPAS' || t === 'LAPAS_NARKOTIKA' || t === 'LAPAS_TERBUKA') return 'lapas';
  if (t === 'RUTAN' || t === 'CABRUTAN') return 'rutan';
  if (t === 'LPKA') return 'lpka';
  if (t === 'LAPAS_PEREMPUAN') return 'lpp';
  return null;
}

const BASE: Partial<Record<UptType, Record<string, number>>> = {
  LAPAS: { I: 900, IIA: 450, IIB: 250, III: 120, '': 250 },
  LAPAS_NARKOTIKA: { I: 900, IIA: 600, IIB: 350, III: 200, '': 350 },
  LAPAS_TERBUKA: { '': 120 },
  LAPAS_PEREMPUAN: { I: 400, IIA: 260, IIB: 160, III: 90, '': 160 },
  LPKA: { I: 120, '': 60 },
  RUTAN: { I: 700, IIA: 320, IIB: 150, III: 100, '': 150 },
  CABRUTAN: { '': 60 },
};
const MAX_OVER_BASE = 3;

const baseWeight = (u: UnitDef): number => BASE[u.type]![u.cls ?? ''] ?? BASE[u.type]![''];

/** Shares `room` by weight, no part above its cap (water-filling on floats). */
function fill(room: number, w: number[], cap: number[]): number[] {
  const out = w.map(() => 0);
  let open = w.map((_, i) => i);
  let left = room;
  while (open.length > 0 && left > 1e-9) {
    const W = sum(open.map((i) => w[i]));
    const over = open.filter((i) => out[i] + (left * w[i]) / W > cap[i]);
    if (over.length === 0) {
      open.forEach((i) => (out[i] += (left * w[i]) / W));
      left = 0;
    } else {
      for (const i of over) {
        left -= cap[i] - out[i];
        out[i] = cap[i];
      }
      open = open.filter((i) => !over.includes(i));
    }
  }
  if (left > 1e-6) throw new Error(`Cannot place ${Math.round(left)} places within unit limits`);
  return out;
}

/** Start and end capacity per unit (0 for Bapas and Rupbasan). */
export function splitUnitCapacity(units: UnitDef[], kc: KanwilCapacity, kanwilRes: Residents8[][], pins: Map<number, Anchor[]>, seed: number) {
  const jitter = units.map((u) => Math.exp(0.3 * normal(streamFor(seed, `cap:${u.code}`))));
  const free = units.map((u, i) => kindOf(u.type) !== null && !pins.has(i));
  const pinned = units.map((_, i) => pins.get(i)?.[0].capacity ?? 0);
  const byKanwil = KANWIL.map((_, k) => units.map((_, i) => i).filter((i) => units[i].kanwil === k));
  const women = KANWIL.map((_, k) => sum(kanwilRes[k][CROWDING_MONTH].filter((_, c) => FEMALE_COLS.has(c))));
  const hasWomenUnit = byKanwil.map((idx) => idx.some((i) => free[i] && units[i].womenOnly));
  const perWoman = KIND_CAPACITY_2025.lpp / sum(women.filter((_, k) => hasWomenUnit[k]));
  const mult: Record<Kind, number> = { lapas: 1, rutan: 1, lpka: 1, lpp: 1 };
  const endFloat = new Array<number>(units.length).fill(0);
  const spread = () =>
    byKanwil.forEach((idx, k) => {
      const wo = idx.filter((i) => free[i] && units[i].womenOnly);
      const wRoom = hasWomenUnit[k] ? perWoman * women[k] : 0;
      fill(
        wRoom,
        wo.map((i) => baseWeight(units[i]) * jitter[i]),
        wo.map(() => Infinity),
      ).forEach((v, j) => (endFloat[wo[j]] = v));
      const f = idx.filter((i) => free[i] && !units[i].womenOnly);
      const room = kc.end[k] - sum(idx.map((i) => pinned[i])) - wRoom;
      if (room < 25 * f.length) throw new Error(`${KANWIL[k].name}: no room for ${f.length} units after pinned ones`);
      const w = f.map((i) => baseWeight(units[i]) * jitter[i] * mult[kindOf(units[i].type)!]);
      const caps = f.map((i, j) => Math.max(MAX_OVER_BASE * baseWeight(units[i]) * jitter[i], (2 * room * w[j]) / sum(w)));
      fill(room, w, caps).forEach((v, j) => (endFloat[f[j]] = v));
    });
  const tuned: Kind[] = ['lapas', 'rutan', 'lpka'];
  const tunedTotal = sum(tuned.map((kd) => KIND_CAPACITY_2025[kd]));
  for (let it = 0; it < 40; it++) {
    spread();
    const got: Record<Kind, number> = { lapas: 0, rutan: 0, lpka: 0, lpp: 0 };
    units.forEach((u, i) => kindOf(u.type) && !u.womenOnly && (got[kindOf(u.type)!] += free[i] ? endFloat[i] : pinned[i]));
    const all = sum(tuned.map((kd) => got[kd]));
    for (const kd of tuned) mult[kd] *= KIND_CAPACITY_2025[kd] / tunedTotal / (got[kd] / all);
  }
  spread();
  const end = units.map((_, i) => (free[i] ? 0 : pinned[i]));
  const start = [...end];
  byKanwil.forEach((idx, k) => {
    const f = idx.filter((i) => free[i]);
    apportion(
      kc.end[k] - sum(idx.map((i) => pinned[i])),
      f.map((i) => endFloat[i]),
    ).forEach((v, j) => (end[f[j]] = v));
    const growth = kc.end[k] - kc.start[k];
    const h = f.map((i) => {
      const rng = streamFor(seed, `growth:${units[i].code}`);
      return rng() < 0.2 ? 0 : uniform(rng, 0.3, 1);
    });
    let g = apportionCapped(
      growth,
      f.map((i, j) => end[i] * h[j]),
      f.map((i) => Math.floor(0.65 * end[i])),
    );
    const short = growth - sum(g);
    if (short > 0) {
      const more = apportionCapped(
        short,
        f.map((i) => end[i]),
        f.map((i, j) => end[i] - 15 - g[j]),
      );
      g = g.map((v, j) => v + more[j]);
    }
    if (sum(g) !== growth) throw new Error(`${KANWIL[k].name}: cannot spread ${growth} places of growth`);
    f.forEach((i, j) => (start[i] = end[i] - g[j]));
  });
  return { start, end };
}
