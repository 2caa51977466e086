// The remission table: every custodial unit at every round 2018..2025. A round's
// national total goes to the Kanwil (remission-kanwil.ts), then to units, in
// proportion to the unit's sentenced prisoners at that month-end (adults; children
// too before 2023, when their reduction became "pengurangan masa pidana", reported
// apart) times a religion share for a Remisi Khusus, a factor per kind of unit and
// a seeded factor per unit, never more than those prisoners. RU II / RK II and the
// months granted are then shared within each unit's total, all as integers that
// add up exactly to the national targets.
import { apportionCapped } from './apportion.ts';
import { KANWIL } from './kanwil.ts';
import type { Model } from './model.ts';
import { MONTHS } from './months.ts';
import { normal, streamFor } from './prng.ts';
import { CUSTODIAL_TYPES, type UnitDef } from './registry.ts';
import { HALF_MONTHS, type RemissionEvent, type RemissionRound, remissionRounds, roundKey } from './remission-events.ts';
import { readRemissionFigures } from './remission-figures.ts';
import { allocateKanwil } from './remission-kanwil.ts';
import { nationalTargets, type RoundPool, type RoundTarget } from './remission-national.ts';
import { muslimShare, RELIGION, type ReligionShares } from './religion.ts';

// Rutan and Cabang Rutan hold many who have served under six months or are still
// appealing; open prisons hold those near release.
const ELIGIBLE: Record<string, number> = { LAPAS: 1, LAPAS_NARKOTIKA: 0.95, LAPAS_PEREMPUAN: 1, LAPAS_TERBUKA: 1.15, LPKA: 1, RUTAN: 0.75, CABRUTAN: 0.7 };
// Short sentences end sooner: Rutan free more at once, narcotics Lapas (long sentences) fewer.
const FREED: Record<string, number> = { LAPAS: 1, LAPAS_NARKOTIKA: 0.6, LAPAS_PEREMPUAN: 1, LAPAS_TERBUKA: 2, LPKA: 1.5, RUTAN: 2.5, CABRUTAN: 2.5 };
// Amounts grow with years served (Keppres 174/1999): long sentences get more.
const AMOUNT: Record<string, number> = { LAPAS: 1.05, LAPAS_NARKOTIKA: 1.15, LAPAS_PEREMPUAN: 1, LAPAS_TERBUKA: 1.25, LPKA: 0.75, RUTAN: 0.8, CABRUTAN: 0.75 };

const RELIGION_OF: Record<RemissionEvent, ((s: ReligionShares) => number) | null> = {
  RU_17_AGUSTUS: null,
  DASAWARSA: null,
  RK_IDUL_FITRI: muslimShare,
  RK_NATAL: (s) => s.christian,
  RK_NYEPI: (s) => s.hindu,
  RK_WAISAK: (s) => s.buddhist,
  RK_IMLEK: (s) => s.konghucu,
};

const CHILDREN_UNTIL = Date.UTC(2023, 0, 1) / 86_400_000;

/** The generated table: custodial units × rounds, round-major (`r * units.length + j`). */
export interface RemissionTable {
  rounds: RemissionRound[];
  targets: RoundTarget[];
  units: UnitDef[];
  recipients: Int32Array;
  released: Int32Array;
  halfMonths: Int32Array;
}

/** Sentenced prisoners of unit `i` at the month-end of month `m`: adults, and children when `children`. */
function sentenced(model: Model, i: number, m: number, children: boolean): number {
  const at = i * MONTHS + m;
  const r = model.series.residents;
  return r[4][at] + r[5][at] + (children ? r[6][at] + r[7][at] : 0);
}

/** Builds the remission table from the occupancy model. */
export function buildRemission(model: Model, seed: number): RemissionTable {
  const idx = model.units.map((u, i) => (CUSTODIAL_TYPES.has(u.type) ? i : -1)).filter((i) => i >= 0);
  const units = idx.map((i) => model.units[i]);
  const rounds = remissionRounds();
  const figures = readRemissionFigures();
  // Who can receive a round; the "share of prisoners" of the derivation rules counts every sentenced prisoner.
  const el = rounds.map((r) => idx.map((i) => sentenced(model, i, r.month, r.days < CHILDREN_UNTIL)));
  const all = rounds.map((r) => idx.map((i) => sentenced(model, i, r.month, true)));
  const pools = new Map<string, RoundPool>();
  rounds.forEach((r, n) => {
    const w = (f: (s: ReligionShares) => number) => units.reduce((a, u, j) => a + (all[n][j] * f(RELIGION[u.kanwil])) / 100, 0);
    pools.set(roundKey(r.year, r.event), {
      prisoners: all[n].reduce((a, b) => a + b, 0),
      hindu: w((s) => s.hindu),
      buddhist: w((s) => s.buddhist),
      konghucu: w((s) => s.konghucu),
    });
  });
  const targets = nationalTargets(rounds, figures, pools);
  const persistent = units.map((u) => Math.exp(0.15 * normal(streamFor(seed, `remisi:${u.code}`))));
  const size = rounds.length * units.length;
  const out: RemissionTable = { rounds, targets, units, recipients: new Int32Array(size), released: new Int32Array(size), halfMonths: new Int32Array(size) };

  targets.forEach((t, n) => {
    const key = roundKey(t.round.year, t.round.event);
    const rel = RELIGION_OF[t.round.event];
    const noise = units.map((u) => Math.exp(0.05 * normal(streamFor(seed, `remisi:${u.code}:${key}`))));
    const w = units.map((u, j) => el[n][j] * ELIGIBLE[u.type] * (rel ? rel(RELIGION[u.kanwil]) / 100 : 1) * persistent[j] * noise[j]);
    const members = KANWIL.map((_, k) => units.map((_, j) => j).filter((j) => units[j].kanwil === k));
    const kanwilTotals = allocateKanwil(
      t.total,
      members.map((js) => js.reduce((a, j) => a + w[j], 0)),
      members.map((js) => js.reduce((a, j) => a + el[n][j], 0)),
      t,
      key,
    );
    const total = new Array<number>(units.length).fill(0);
    members.forEach((js, k) => {
      const part = apportionCapped(
        kanwilTotals[k],
        js.map((j) => w[j]),
        js.map((j) => el[n][j]),
      );
      if (part.reduce((a, b) => a + b, 0) !== kanwilTotals[k]) throw new Error(`${key}: ${KANWIL[k].name} cannot hold ${kanwilTotals[k]}`);
      js.forEach((j, x) => (total[j] = part[x]));
    });
    const freed = share(
      t.released,
      total.map((c, j) => c * FREED[units[j].type] * noise[j]),
      total.map((c) => Math.floor(c / 2)),
      `${key} released`,
    );
    const { min, max } = HALF_MONTHS[t.round.event];
    const mean = t.halfMonths / t.total;
    const extra = share(
      t.halfMonths - min * t.total,
      total.map((c, j) => c * Math.max(0.05, mean * AMOUNT[units[j].type] * noise[j] - min)),
      total.map((c) => c * (max - min)),
      `${key} months`,
    );
    for (let j = 0; j < units.length; j++) {
      const at = n * units.length + j;
      out.released[at] = freed[j];
      out.recipients[at] = total[j] - freed[j];
      out.halfMonths[at] = total[j] * min + extra[j];
    }
  });
  return out;
}

/** apportionCapped that must place everything. */
function share(total: number, weights: number[], caps: number[], what: string): number[] {
  const part = apportionCapped(total, weights, caps);
  if (part.reduce((a, b) => a + b, 0) !== total) throw new Error(`${what}: cannot place ${total}`);
  return part;
}
