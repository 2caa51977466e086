// Shares a round's national total among the 33 Kanwil so that what the sources
// say about Kanwil holds: a Kanwil named with a figure ("Sumut 20346") gets
// exactly that, and every Kanwil not named stays below the last one named; a
// top group named without figures ("Jawa (DKI, Jateng, Jatim, Jabar)") holds
// the first place, and its members are all within the top (members + 1).
import { apportionCapped } from './apportion.ts';
import { KANWIL } from './kanwil.ts';

/** What a round's sources say about its Kanwil. */
export interface KanwilStatements {
  kanwilTop: { kanwil: string; total: number }[];
  topGroup: string[];
}

const indexOf = (name: string) => {
  const i = KANWIL.findIndex((k) => k.name === name);
  if (i < 0) throw new Error(`Unknown Kanwil ${name}`);
  return i;
};

/** True when the top-group statement holds for these Kanwil totals. */
export function topGroupHolds(totals: readonly number[], members: ReadonlySet<number>): boolean {
  const ranked = totals.map((_, k) => k).sort((a, b) => totals[b] - totals[a] || a - b);
  return members.has(ranked[0]) && [...members].every((m) => ranked.indexOf(m) <= members.size);
}

/**
 * Kanwil totals summing to `total`: proportional to `weights`, at most `caps`
 * (the Kanwil's eligible prisoners), honouring the statements. Throws when it cannot.
 */
export function allocateKanwil(total: number, weights: readonly number[], caps: readonly number[], said: KanwilStatements, what: string): number[] {
  const out = new Array<number>(KANWIL.length).fill(0);
  const pinned = new Set<number>();
  for (const { kanwil, total: n } of said.kanwilTop) {
    const k = indexOf(kanwil);
    if (n > caps[k]) throw new Error(`${what}: ${kanwil} is said to have ${n}, more than its ${caps[k]} eligible prisoners`);
    out[k] = n;
    pinned.add(k);
  }
  const rest = total - out.reduce((a, b) => a + b, 0);
  const free = KANWIL.map((_, k) => k).filter((k) => !pinned.has(k));
  const lowestPin = pinned.size ? Math.min(...[...pinned].map((k) => out[k])) : Number.POSITIVE_INFINITY;
  const cap = free.map((k) => Math.min(caps[k], lowestPin - 1));
  const members = new Set(said.topGroup.map(indexOf));
  for (let pass = 0; pass < 10; pass++) {
    const part = apportionCapped(
      rest,
      free.map((k) => weights[k]),
      cap,
    );
    free.forEach((k, j) => (out[k] = part[j]));
    if (out.reduce((a, b) => a + b, 0) !== total) throw new Error(`${what}: the Kanwil cannot hold ${total}`);
    if (members.size === 0 || topGroupHolds(out, members)) return out;
    // The strongest outsider may rank among the members but not first; the other outsiders stay below every member.
    const inside = [...members].map((k) => out[k]);
    const outsiders = free.filter((k) => !members.has(k)).sort((a, b) => out[b] - out[a]);
    for (const [i, k] of outsiders.entries()) {
      const j = free.indexOf(k);
      cap[j] = Math.min(cap[j], (i === 0 ? Math.max(...inside) : Math.min(...inside)) - 1);
    }
  }
  throw new Error(`${what}: cannot put ${said.topGroup.join(', ')} on top`);
}
