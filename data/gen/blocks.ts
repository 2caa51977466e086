// Capacity changes as blocks open: each unit's growth from 2012 to 2025 is cut
// into one to four building projects, and each opens whole in one month (never
// removed). Each month the national capacity is brought up to its target, giving
// the next block to the Kanwil furthest below its own path. In months with a
// published national figure the total must be exact, so the last block opened may
// be split and finished later.
import { apportion } from './apportion.ts';
import { sum } from './columns.ts';
import type { KanwilCapacity } from './kanwil-capacity.ts';
import { MONTHS } from './months.ts';
import type { National } from './national.ts';
import { streamFor, uniform } from './prng.ts';
import type { UnitDef } from './registry.ts';

interface Block {
  unit: number;
  size: number;
}

function planBlocks(units: UnitDef[], start: number[], end: number[], seed: number): Block[][] {
  const byKanwil: Block[][] = [];
  units.forEach((u, i) => {
    const growth = end[i] - start[i];
    if (growth <= 0) return;
    const rng = streamFor(seed, `blocks:${u.code}`);
    const n = Math.min(4, Math.max(1, Math.round(growth / 200)));
    const sizes = apportion(
      growth,
      Array.from({ length: n }, () => uniform(rng, 0.5, 1.5)),
    );
    (byKanwil[u.kanwil] ??= []).push(...sizes.map((size) => ({ unit: i, size })));
  });
  // Seeded order within a Kanwil, so projects do not open unit by unit.
  return byKanwil.map((list, k) => {
    const rng = streamFor(seed, `order:${k}`);
    return (list ?? [])
      .map((b) => ({ b, r: rng() }))
      .sort((x, y) => x.r - y.r)
      .map((x) => x.b);
  });
}

/** Capacity of every unit at every month: `out[u][m]`. */
export function openBlocks(units: UnitDef[], start: number[], end: number[], kc: KanwilCapacity, national: National, seed: number): Int32Array[] {
  const pending = planBlocks(units, start, end, seed);
  const cur = [...start];
  const kanwilCap = kc.start.map((_, k) => sum(cur.filter((_, i) => units[i].kanwil === k)));
  const out = units.map(() => new Int32Array(MONTHS));
  if (sum(cur) !== national.capacity[0]) throw new Error(`Start capacity ${sum(cur)} != national ${national.capacity[0]}`);
  for (let m = 0; m < MONTHS; m++) {
    const exact = national.capacityAnchors.has(m) || m === MONTHS - 1;
    let delta = national.capacity[m] - sum(cur);
    while (delta > 0) {
      let k = -1;
      for (let j = 0; j < kanwilCap.length; j++) {
        if (pending[j]?.length && (k < 0 || kc.target[j][m] - kanwilCap[j] > kc.target[k][m] - kanwilCap[k])) k = j;
      }
      if (k < 0) throw new Error(`No block left for ${delta} places in month ${m}`);
      const deficit = kc.target[k][m] - kanwilCap[k];
      // Of the Kanwil's next few projects, the one closest in size to its shortfall.
      const options = pending[k].slice(0, 4);
      const pick = options.reduce((a, b) => (Math.abs(b.size - deficit) < Math.abs(a.size - deficit) ? b : a));
      if (pick.size > delta && !exact) break;
      const opened = Math.min(pick.size, delta);
      cur[pick.unit] += opened;
      kanwilCap[k] += opened;
      delta -= opened;
      pick.size -= opened;
      if (pick.size === 0) pending[k].splice(pending[k].indexOf(pick), 1);
    }
    cur.forEach((c, i) => (out[i][m] = c));
  }
  units.forEach((u, i) => {
    if (cur[i] !== end[i]) throw new Error(`${u.code} ends at ${cur[i]} places, expected ${end[i]}`);
  });
  return out;
}
