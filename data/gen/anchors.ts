// Public capacity snapshots of single Kanwil and single units
// (data/reference/kanwil_snapshots.csv, upt_occupancy_snapshots.csv), turned into
// dated anchors the capacity model must pass through.
import { KANWIL, kanwil } from './kanwil.ts';
import { monthIndex } from './months.ts';
import { readReference } from './reference.ts';
import type { UnitDef } from './registry.ts';

/** A dated capacity figure; `approx` when the source gives no month. */
export interface Anchor {
  month: number;
  capacity: number;
  residents: number | null;
  approx: boolean;
}

// Undated snapshots: Bali's 4,055 residents exceed every SDP Bali December up to
// 2020, so the figure is later; mid-2023 is assumed for all undated items.
const UNDATED = monthIndex(2023, 6);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Month of an `as_of` cell ("2018-12-28", "2019 (Jul)", "~2018 (undated)", "2025", "undated"). */
export function parseAsOf(s: string): { month: number; approx: boolean } {
  let m = /^(\d{4})-(\d{2})/.exec(s);
  if (m) return { month: monthIndex(+m[1], +m[2]), approx: false };
  m = /^(\d{4}) \((\w{3})\)/.exec(s);
  if (m && MON.includes(m[2])) return { month: monthIndex(+m[1], MON.indexOf(m[2]) + 1), approx: false };
  m = /^~?(\d{4})\b/.exec(s);
  if (m) return { month: monthIndex(+m[1], 7), approx: true };
  return { month: UNDATED, approx: true };
}

const num = (s: string): number | null => (s.trim() === '' ? null : Number(s.replace(/[~,]/g, '')));

/** Kanwil capacity anchors by Kanwil index; undated ones are dropped where a dated one exists. */
export function kanwilAnchors(): Anchor[][] {
  const out: Anchor[][] = KANWIL.map(() => []);
  for (const r of readReference('kanwil_snapshots.csv')) {
    const capacity = num(r.kapasitas);
    if (capacity === null) continue;
    const { month, approx } = parseAsOf(r.as_of);
    out[KANWIL.indexOf(kanwil(r.kanwil))].push({ month, capacity, residents: num(r.penghuni), approx });
  }
  return out.map((list) => {
    const dated = list.filter((a) => !a.approx);
    const kept = dated.length > 0 ? dated : list;
    return kept.sort((a, b) => a.month - b.month);
  });
}

// Snapshot names that are not units of today's registry.
const SKIP = new Set([
  'Cabang Rutan Bagansiapiapi', // predecessor of Lapas Bagansiapiapi, not a unit of its own now
  'Lapas (Anak?) Martapura', // the source itself is unsure which Martapura unit it means
]);
const ALIAS: Record<string, string> = { 'Lapas Kelas IIB Bireuen': 'Lapas Kelas IIB Bireun' };

const key = (name: string): string =>
  name
    .replace(/\bKelas (?:I|II|IIA|IIB|III)\b/, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Unit capacity pins by unit index: the published capacity and the residents seen then. */
export function unitPins(units: UnitDef[]): Map<number, Anchor[]> {
  const byKey = new Map(units.map((u, i) => [key(u.name), i]));
  const out = new Map<number, Anchor[]>();
  for (const r of readReference('upt_occupancy_snapshots.csv')) {
    if (SKIP.has(r.nama_upt)) continue;
    const i = byKey.get(key(ALIAS[r.nama_upt] ?? r.nama_upt));
    if (i === undefined) throw new Error(`Snapshot unit "${r.nama_upt}" is not in the registry`);
    const { month, approx } = parseAsOf(r.as_of);
    const list = out.get(i) ?? [];
    list.push({ month, capacity: num(r.kapasitas)!, residents: num(r.penghuni), approx });
    out.set(i, list);
  }
  for (const [i, list] of out) {
    if (new Set(list.map((a) => a.capacity)).size > 1) throw new Error(`Unit ${units[i].name} has conflicting capacities`);
  }
  return out;
}
