// National targets of every remission round 2018..2025: people granted, freed at
// once, and months granted. Real figures are taken as they are; the rest is
// derived by documented rules (data/README.md, "remission"):
//   - a missing total: the same share of prisoners as the nearest year with a
//     figure for that event (the mean of both when two are equally near);
//     Waisak and Imlek: Nyepi's rate per believer of the same year;
//   - a missing RU II / RK II: the freed share of the nearest year with a split;
//   - months: from the food cost saved (rupiah / daily cost = days; 30 days a
//     month) or an amount breakdown; else the mean months per person of the
//     nearest year that has one. A saving stated for two rounds together gives
//     the smaller round the nearest year's mean and the larger the remainder;
//   - Kanwil: a round whose source names no Kanwil takes the shares of the
//     Kanwil named for the nearest year of that event, as if named itself.
import { HALF_MONTHS, type RemissionEvent, type RemissionRound, roundKey } from './remission-events.ts';
import type { RemissionFigures, RoundFigure, SavingFigure } from './remission-figures.ts';

/** What a round must add up to nationally. */
export interface RoundTarget {
  round: RemissionRound;
  total: number;
  released: number;
  /** Months granted, in half months (an integer). */
  halfMonths: number;
  figure: RoundFigure | null;
  /** Kanwil totals to honour: the source's own, or carried from the nearest year that has some. */
  kanwilTop: { kanwil: string; total: number }[];
  kanwilCarried: boolean;
  topGroup: string[];
}

/** Prisoners eligible at a round's month-end, overall and weighted by religion share. */
export interface RoundPool {
  prisoners: number;
  hindu: number;
  buddhist: number;
  konghucu: number;
}

/** Mean of the values of the years nearest to `year` (ties: both). */
function nearest(year: number, values: Map<number, number>): number | null {
  let best = Number.POSITIVE_INFINITY;
  let picked: number[] = [];
  for (const [y, v] of values) {
    const d = Math.abs(y - year);
    if (d < best) [best, picked] = [d, [v]];
    else if (d === best) picked.push(v);
  }
  return picked.length ? picked.reduce((a, b) => a + b, 0) / picked.length : null;
}

/**
 * The daily cost a saving was computed with: the quoted one when the rupiah
 * figure is a whole number of days at that cost (or is rounded anyway); else,
 * of the multiples of Rp 500 between Rp 15,000 and Rp 25,000 that divide it
 * exactly, the one nearest the quoted cost (RU + RD 2025: Rp 19,500; Rp 21,500
 * also divides it).
 */
export function savingDailyCost(s: SavingFigure, quoted: number): number {
  if (s.approx || s.rupiah % quoted === 0) return quoted;
  const fits = [];
  for (let c = 15_000; c <= 25_000; c += 500) if (s.rupiah % c === 0) fits.push(c);
  if (fits.length === 0) throw new Error(`Cannot tell the daily cost of the saving ${s.rupiah} (${s.keys.join(' + ')})`);
  return fits.sort((a, b) => Math.abs(a - quoted) - Math.abs(b - quoted))[0];
}

/** Half months granted that a saving implies. */
export function savingHalfMonths(s: SavingFigure, quoted: number): number {
  const days = s.rupiah / savingDailyCost(s, quoted);
  return Math.round(days / 15);
}

/** Builds the national target of every round. */
export function nationalTargets(rounds: RemissionRound[], figures: RemissionFigures, pools: Map<string, RoundPool>): RoundTarget[] {
  const byEvent = (event: RemissionEvent, f: (t: RoundTarget) => number | null) =>
    new Map(targets.filter((t) => t.round.event === event && f(t) !== null).map((t) => [t.round.year, f(t)!]));
  const pool = (r: RemissionRound) => pools.get(roundKey(r.year, r.event))!;
  const targets: RoundTarget[] = rounds.map((round) => {
    const figure = figures.rounds.get(roundKey(round.year, round.event)) ?? null;
    const own = figure?.kanwilTop ?? [];
    const topGroup = figure?.topGroup ?? [];
    return { round, total: figure?.total ?? -1, released: figure?.released ?? -1, halfMonths: -1, figure, kanwilTop: own, kanwilCarried: false, topGroup };
  });
  const find = (year: number, event: RemissionEvent) => targets.find((t) => t.round.year === year && t.round.event === event)!;

  // Totals, then RU II / RK II, of the rounds without a figure.
  const religious: Partial<Record<RemissionEvent, keyof RoundPool>> = { RK_WAISAK: 'buddhist', RK_IMLEK: 'konghucu' };
  const shares = new Map<RemissionEvent, Map<number, number>>();
  for (const t of targets) {
    if (t.figure === null) continue;
    if (!shares.has(t.round.event)) shares.set(t.round.event, new Map());
    shares.get(t.round.event)!.set(t.round.year, t.figure.total / pool(t.round).prisoners);
  }
  for (const t of targets.filter((x) => x.total < 0 && !religious[x.round.event])) {
    const share = nearest(t.round.year, shares.get(t.round.event) ?? new Map());
    if (share === null) throw new Error(`No figure to derive ${t.round.year} ${t.round.event} from`);
    t.total = Math.round(share * pool(t.round).prisoners);
  }
  for (const t of targets.filter((x) => x.total < 0)) {
    const nyepi = find(t.round.year, 'RK_NYEPI');
    const p = pool(t.round);
    t.total = Math.round((nyepi.total * p[religious[t.round.event]!]) / pool(nyepi.round).hindu);
  }
  const freedShares = (event: RemissionEvent) => byEvent(event, (t) => (t.figure?.released != null ? t.figure.released / t.figure.total : null));
  // Waisak and Imlek last: they follow Nyepi, which may itself be derived.
  const unsplit = targets.filter((x) => x.released < 0);
  for (const t of [...unsplit.filter((x) => !religious[x.round.event]), ...unsplit.filter((x) => religious[x.round.event])]) {
    const share = religious[t.round.event]
      ? find(t.round.year, 'RK_NYEPI').released / find(t.round.year, 'RK_NYEPI').total
      : nearest(t.round.year, freedShares(t.round.event));
    if (share === null) throw new Error(`No RU II / RK II share for ${t.round.year} ${t.round.event}`);
    t.released = Math.round(share * t.total);
  }

  // Months: stated ones first (amount breakdowns, savings of one round), then savings of two rounds, then means.
  const keyOf = (t: RoundTarget) => roundKey(t.round.year, t.round.event);
  const fixed = new Set<RoundTarget>(); // months fixed by a figure: the only ones a mean is taken from
  for (const t of targets) {
    const a = t.figure?.amounts;
    if (a) t.halfMonths = a.halfMonths + Math.round(((t.total - a.count) * a.halfMonths) / a.count);
    if (a) fixed.add(t);
  }
  for (const s of figures.savings.filter((x) => x.keys.length === 1)) {
    const t = targets.find((x) => keyOf(x) === s.keys[0])!;
    t.halfMonths = savingHalfMonths(s, figures.dailyCost);
    fixed.add(t);
  }
  const stated = (event: RemissionEvent) => byEvent(event, (t) => (fixed.has(t) ? t.halfMonths / t.total : null));
  const meanOf = (t: RoundTarget): number => {
    const m = religious[t.round.event] ? null : nearest(t.round.year, stated(t.round.event));
    if (m !== null) return m;
    const nyepi = find(t.round.year, 'RK_NYEPI');
    if (t.round.event.startsWith('RK_') && nyepi.halfMonths >= 0) return nyepi.halfMonths / nyepi.total;
    throw new Error(`No mean amount for ${t.round.year} ${t.round.event}`);
  };
  for (const s of figures.savings.filter((x) => x.keys.length > 1)) {
    const parts = s.keys.map((k) => targets.find((t) => keyOf(t) === k)!).sort((a, b) => a.total - b.total);
    let left = savingHalfMonths(s, figures.dailyCost);
    for (const t of parts.slice(0, -1)) {
      t.halfMonths = Math.round(t.total * meanOf(t));
      left -= t.halfMonths;
    }
    parts[parts.length - 1].halfMonths = left;
    fixed.add(parts[parts.length - 1]);
  }
  for (const t of targets.filter((x) => x.halfMonths < 0 && !religious[x.round.event])) t.halfMonths = Math.round(t.total * meanOf(t));
  for (const t of targets.filter((x) => x.halfMonths < 0)) t.halfMonths = Math.round(t.total * meanOf(t));

  for (const t of targets) {
    const { min, max } = HALF_MONTHS[t.round.event];
    if (t.released < 0 || t.released > t.total / 2 || t.halfMonths < min * t.total || t.halfMonths > max * t.total) {
      throw new Error(`Implausible target ${keyOf(t)}: ${JSON.stringify({ total: t.total, released: t.released, halfMonths: t.halfMonths })}`);
    }
  }
  carryKanwil(targets);
  for (const y of figures.yearTotals) {
    const sum = targets.filter((t) => t.round.year === y.year && ['RU_17_AGUSTUS', 'DASAWARSA'].includes(t.round.event)).reduce((a, t) => a + t.total, 0);
    if (sum !== y.total) throw new Error(`${y.year}: RU + RD = ${sum}, the source says ${y.total}`);
  }
  return targets;
}

/** Gives rounds whose source names no Kanwil the Kanwil shares of the nearest year of the same event that names some. */
function carryKanwil(targets: RoundTarget[]): void {
  for (const t of targets) {
    if (t.kanwilTop.length || t.topGroup.length) continue;
    const named = targets.filter((x) => x.round.event === t.round.event && x.figure?.kanwilTop.length);
    if (!named.length) continue;
    const d = Math.min(...named.map((x) => Math.abs(x.round.year - t.round.year)));
    const near = named.filter((x) => Math.abs(x.round.year - t.round.year) === d);
    const kanwil = near[0].figure!.kanwilTop.map((k) => k.kanwil).filter((k) => near.every((x) => x.figure!.kanwilTop.some((y) => y.kanwil === k)));
    const share = (k: string) => near.reduce((a, x) => a + x.figure!.kanwilTop.find((y) => y.kanwil === k)!.total / x.total, 0) / near.length;
    t.kanwilTop = kanwil.map((k) => ({ kanwil: k, total: Math.round(share(k) * t.total) })).sort((a, b) => b.total - a.total);
    t.kanwilCarried = true;
  }
}
