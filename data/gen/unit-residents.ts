// Residents of each unit at each month. A Kanwil's eight columns are placed in its
// units by IPF: unit loads follow capacity × a per-unit crowding factor, while the
// seed matrix sends detainees to Rutan, children to LPKA and women to Lapas
// Perempuan (some of each stay elsewhere). Columns are apportioned as integers,
// so Kanwil (and national) sums stay exact. Narcotics cases are shared out last.
import { apportion, apportionCapped } from './apportion.ts';
import type { Anchor } from './anchors.ts';
import { sum, type Residents8 } from './columns.ts';
import { ipf } from './ipf.ts';
import { KANWIL } from './kanwil.ts';
import { MONTHS } from './months.ts';
import type { National } from './national.ts';
import { normal, streamFor } from './prng.ts';
import type { UnitDef, UptType } from './registry.ts';

// Odds of each column per kind: detainee adult m/f, child m/f, then prisoner adult m/f, child m/f.
const AFFINITY: Partial<Record<UptType, number[]>> = {
  LAPAS: [0.1, 0.003, 0.005, 0.0005, 1, 0.012, 0.005, 0.0005],
  LAPAS_NARKOTIKA: [0.05, 0.001, 0, 0, 1, 0.005, 0, 0],
  LAPAS_TERBUKA: [0, 0, 0, 0, 1, 0.005, 0, 0],
  LAPAS_PEREMPUAN: [0, 0.5, 0, 0.1, 0, 1, 0, 0.1],
  LPKA: [0.02, 0.001, 8, 8, 0.4, 0.002, 8, 8],
  RUTAN: [1, 0.05, 0.1, 0.02, 0.25, 0.012, 0.005, 0.001],
  CABRUTAN: [1, 0.05, 0.1, 0.02, 0.25, 0.012, 0.005, 0.001],
};
const WOMEN_RUTAN = [0, 1, 0, 0.2, 0, 0.6, 0, 0.05];

// Load per place by kind (November 2025: Lapas 1.92, Rutan 2.03, LPKA 1.76, LPP 1.35
// residents per place; open prisons run under capacity).
const LOAD: Partial<Record<UptType, number>> = {
  LAPAS: 1,
  LAPAS_NARKOTIKA: 1.05,
  LAPAS_TERBUKA: 0.4,
  LAPAS_PEREMPUAN: 0.85,
  LPKA: 1,
  RUTAN: 1.12,
  CABRUTAN: 1.12,
};
// Share of narcotics cases among residents by kind, before the national scaling.
const NARCOTICS: Partial<Record<UptType, number>> = {
  LAPAS: 0.55,
  LAPAS_NARKOTIKA: 0.92,
  LAPAS_TERBUKA: 0.45,
  LAPAS_PEREMPUAN: 0.55,
  LPKA: 0.12,
  RUTAN: 0.42,
  CABRUTAN: 0.4,
};

/** Occupancy columns per unit per month, flat: index `u * MONTHS + m`. */
export interface UnitSeries {
  capacity: Int32Array[];
  residents: Int32Array[];
  narcotics: Int32Array;
}

/**
 * Per-unit crowding factor: seeded, except for units with a public snapshot, whose
 * factor is solved so their expected residents at the snapshot match it (a few
 * passes, since pinned units of one Kanwil share the same pool).
 */
function crowding(units: UnitDef[], caps: Int32Array[], kanwilRes: Residents8[][], pins: Map<number, Anchor[]>, seed: number): number[] {
  const crowd = units.map((u) => Math.exp(0.35 * normal(streamFor(seed, `crowd:${u.code}`))));
  const load = (i: number, m: number) => caps[i][m] * crowd[i] * (LOAD[units[i].type] ?? 0);
  for (let pass = 0; pass < 6; pass++) {
    for (const [i, list] of pins) {
      const u = units[i];
      const solved = list
        .filter((a) => a.residents !== null)
        .map((a) => {
          const others = sum(units.map((v, j) => (j !== i && v.kanwil === u.kanwil ? load(j, a.month) : 0)));
          const s = Math.min(0.9, a.residents! / sum(kanwilRes[u.kanwil][a.month]));
          return ((s / (1 - s)) * others) / (caps[i][a.month] * (LOAD[u.type] ?? 1));
        });
      if (solved.length > 0) crowd[i] = Math.min(12, Math.max(0.2, sum(solved) / solved.length));
    }
  }
  return crowd;
}

/** Places Kanwil residents into units and adds narcotics cases. */
export function placeResidents(
  units: UnitDef[],
  caps: Int32Array[],
  kanwilRes: Residents8[][],
  national: National,
  pins: Map<number, Anchor[]>,
  seed: number,
): UnitSeries {
  const crowd = crowding(units, caps, kanwilRes, pins, seed);
  const residents = Array.from({ length: 8 }, () => new Int32Array(units.length * MONTHS));
  const narcotics = new Int32Array(units.length * MONTHS);
  const byKanwil = KANWIL.map((_, k) => units.map((_, i) => i).filter((i) => units[i].kanwil === k && LOAD[units[i].type] !== undefined));
  const narcWeight = units.map((u) => (NARCOTICS[u.type] ?? 0) * KANWIL[u.kanwil].narcotics);
  for (let m = 0; m < MONTHS; m++) {
    byKanwil.forEach((idx, k) => {
      const cols = kanwilRes[k][m];
      const load = idx.map((i) => caps[i][m] * crowd[i] * LOAD[units[i].type]!);
      const L = sum(load);
      const rows = load.map((l) => (sum(cols) * l) / L);
      const seedM = idx.map((i, j) => (units[i].womenOnly && units[i].type === 'RUTAN' ? WOMEN_RUTAN : AFFINITY[units[i].type]!).map((a) => a * load[j]));
      const fit = ipf(seedM, rows, cols);
      for (let c = 0; c < 8; c++) {
        apportion(
          cols[c],
          fit.map((r) => r[c]),
        ).forEach((v, j) => (residents[c][idx[j] * MONTHS + m] = v));
      }
    });
    const totals = units.map((_, i) => sum(residents.map((col) => col[i * MONTHS + m])));
    const n = apportionCapped(
      national.narcotics[m],
      totals.map((t, i) => t * narcWeight[i]),
      totals,
    );
    n.forEach((v, i) => (narcotics[i * MONTHS + m] = v));
  }
  return { capacity: caps, residents, narcotics };
}
