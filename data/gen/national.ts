// National month-end series: residents and detainees (real SDP to 2021, headline
// anchors after), capacity (headline anchors) and narcotics cases.
import { join } from 'node:path';
import { readCsvObjects } from './csv.ts';
import { MONTHS, interpolate, parseMonth } from './months.ts';
import { normal, streamFor } from './prng.ts';
import type { Sdp } from './sdp.ts';

/** National totals per month index. */
export interface National {
  residents: number[];
  detainees: number[];
  capacity: number[];
  narcotics: number[];
  /** Months whose capacity is a published figure: the allocator must hit them exactly. */
  capacityAnchors: Set<number>;
  /** Last month covered by the real SDP series. */
  lastSdpMonth: number;
}

type Knot = [number, number];

function knots(rows: Record<string, string>[], col: string): Knot[] {
  return rows.filter((r) => r[col] !== '').map((r) => [parseMonth(r.month), Number(r[col])] as Knot);
}

/** Noise that is zero at every knot, so anchors stay exact but months between them wobble. */
function bridgeNoise(seed: number, ks: Knot[], scale: number): Map<number, number> {
  const rng = streamFor(seed, 'national-bridge');
  const out = new Map<number, number>();
  for (let i = 1; i < ks.length; i++) {
    const [a, b] = [ks[i - 1][0], ks[i][0]];
    const walk = [0];
    for (let m = a + 1; m <= b; m++) walk.push(walk[walk.length - 1] + normal(rng));
    const end = walk[walk.length - 1];
    for (let m = a + 1; m < b; m++) out.set(m, (walk[m - a] - (end * (m - a)) / (b - a)) * scale);
  }
  return out;
}

/** Builds the national series from SDP and data/gen/national-targets.csv. */
export function buildNational(sdp: Sdp, seed: number): National {
  const rows = readCsvObjects(join(import.meta.dirname, 'national-targets.csv'));
  const lastSdpMonth = parseMonth(sdp.national[sdp.national.length - 1].month);
  const last = sdp.national[sdp.national.length - 1];
  const resKnots: Knot[] = [[lastSdpMonth, last.total], ...knots(rows, 'residents')];
  const detShare: Knot[] = [
    [lastSdpMonth, last.detainees / last.total],
    ...rows.filter((r) => r.detainees !== '').map((r) => [parseMonth(r.month), Number(r.detainees) / Number(r.residents)] as Knot),
  ];
  const noise = bridgeNoise(seed, resKnots, 0.0012 * last.total);
  const residents: number[] = [];
  const detainees: number[] = [];
  for (let m = 0; m < MONTHS; m++) {
    if (m <= lastSdpMonth) {
      const n = sdp.national[m];
      if (parseMonth(n.month) !== m) throw new Error(`SDP national series has a gap at ${n.month}`);
      residents.push(n.total);
      detainees.push(n.detainees);
    } else {
      const r = Math.round(interpolate(resKnots, m) + (noise.get(m) ?? 0));
      residents.push(r);
      detainees.push(Math.round(r * interpolate(detShare, m)));
    }
  }
  const capKnots = knots(rows, 'capacity');
  const capacity = Array.from({ length: MONTHS }, (_, m) => Math.round(interpolate(capKnots, m)));
  const shareKnots: Knot[] = [...knots(rows, 'narcotics_share'), ...knots(rows, 'narcotics').map(([m, n]) => [m, n / residents[m]] as Knot)].sort(
    (a, b) => a[0] - b[0],
  );
  const exactNarc = new Map(knots(rows, 'narcotics'));
  const narcotics = residents.map((r, m) => exactNarc.get(m) ?? Math.round(r * interpolate(shareKnots, m)));
  return { residents, detainees, capacity, narcotics, capacityAnchors: new Set(capKnots.map(([m]) => m)), lastSdpMonth };
}
