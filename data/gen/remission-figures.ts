// Reads the real remission figures (data/reference/remisi_umum_17_agustus.csv and
// remisi_khusus_keagamaan.csv) into what the generator must honour: national
// totals with RU I/RK I and RU II/RK II, the Kanwil each source names on top, the
// amounts granted where a source breaks them down, and the food cost saved
// (which fixes the months granted). Every statement of the notes that fits the
// contract is parsed here; data/README.md lists the ones that do not fit.
import { KANWIL } from './kanwil.ts';
import { FACT_FIRST_YEAR, FACT_LAST_YEAR, type RemissionEvent, roundKey } from './remission-events.ts';
import { readReference } from './reference.ts';

/** What the sources say about one round. */
export interface RoundFigure {
  year: number;
  event: RemissionEvent;
  total: number;
  /** RU I / RK I; null where the source gives only the total. */
  recipients: number | null;
  /** RU II / RK II (freed at once); null where the source gives only the total. */
  released: number | null;
  /** Kanwil totals the source names, in its order (the top Kanwil of the round). */
  kanwilTop: { kanwil: string; total: number }[];
  /** Kanwil the source names as the top group, without figures. */
  topGroup: string[];
  /** An amount breakdown: how many people it lists and their half months. */
  amounts: { count: number; halfMonths: number } | null;
}

/** A food-cost saving stated for one or more rounds: rupiah = days granted × daily cost. */
export interface SavingFigure {
  keys: string[];
  rupiah: number;
  /** The source rounds the figure ("~184000000000", "Rp81.26 M"). */
  approx: boolean;
}

/** Everything parsed, plus the rows outside 2018..2025 that the seed cannot hold. */
export interface RemissionFigures {
  rounds: Map<string, RoundFigure>;
  savings: SavingFigure[];
  /** Daily food cost per inmate the sources quote ("Rp17000/org/hari"). */
  dailyCost: number;
  /** A year's stated total over several rounds ("napi total 372295"). */
  yearTotals: { year: number; total: number }[];
  /** Rows whose I + II differ from the total (the total and II are kept). */
  conflicts: string[];
  skipped: string[];
}

const ABBR: Record<string, string> = { DKI: 'DKI Jakarta' };
for (const k of KANWIL) ABBR[k.abbr] = k.name;

/** The Kanwil a source's short name (Sumut, Jatim, DKI, NTT, Bali, …) refers to. */
export function kanwilFromShort(s: string): string {
  const name = ABBR[s.toUpperCase()] ?? KANWIL.find((k) => k.name === s)?.name;
  if (!name) throw new Error(`Unknown Kanwil short name "${s}" in the remission figures`);
  return name;
}

const int = (s: string): number | null => (s.trim() === '' ? null : Number(s.replace(/^~/, '')));

function kanwilTop(text: string): RoundFigure['kanwilTop'] {
  return [...text.matchAll(/\b([A-Z][A-Za-z]+) (\d{3,})\b/g)].map(([, k, n]) => ({ kanwil: kanwilFromShort(k), total: Number(n) }));
}

// "RU-1 by months: 1bln 21450; …; 6bln 3932 | RU-2: 365/402/421/584/613/106" and "RK I 15hr 25076; 1bln 73452; 1.5bln 11246; 2bln 2232"
function amounts(text: string): RoundFigure['amounts'] {
  let count = 0;
  let halfMonths = 0;
  const [first, second] = text.split('|');
  for (const [, amount, n] of first.matchAll(/\b(15hr|\d+(?:\.\d+)?bln) (\d+)/g)) {
    count += Number(n);
    halfMonths += Number(n) * (amount === '15hr' ? 1 : 2 * Number.parseFloat(amount));
  }
  const ru2 = /RU-2: ([\d/]+)/.exec(second ?? '');
  ru2?.[1].split('/').forEach((n, i) => {
    count += Number(n);
    halfMonths += Number(n) * 2 * (i + 1);
  });
  return count > 0 ? { count, halfMonths } : null;
}

const EVENT_OF: Record<string, RemissionEvent> = {
  'Idul Fitri': 'RK_IDUL_FITRI',
  Natal: 'RK_NATAL',
  Nyepi: 'RK_NYEPI',
  Waisak: 'RK_WAISAK',
  Imlek: 'RK_IMLEK',
};

/** Parses both reference files. */
export function readRemissionFigures(): RemissionFigures {
  const out: RemissionFigures = { rounds: new Map(), savings: [], dailyCost: 0, yearTotals: [], conflicts: [], skipped: [] };
  const add = (f: RoundFigure, hemat: string, notes: string) => {
    if (f.year < FACT_FIRST_YEAR || f.year > FACT_LAST_YEAR) {
      out.skipped.push(roundKey(f.year, f.event));
      return;
    }
    out.rounds.set(roundKey(f.year, f.event), f);
    if (hemat) out.savings.push({ keys: [roundKey(f.year, f.event)], rupiah: int(hemat)!, approx: hemat.startsWith('~') });
    const cost = /Rp(\d+)\/org\/hari/.exec(notes);
    if (cost) out.dailyCost = Number(cost[1]);
  };
  for (const r of readReference('remisi_umum_17_agustus.csv')) {
    const year = Number(r.tahun);
    const rd = /Remisi Dasawarsa (\d+) \(RD I \d+; RD II (\d+)/.exec(r.lainnya);
    const ru: RoundFigure = {
      year,
      event: 'RU_17_AGUSTUS',
      total: int(r.ru_total) ?? Number.NaN,
      recipients: int(r.ru_i_pengurangan_sebagian),
      released: int(r.ru_ii_langsung_bebas),
      kanwilTop: kanwilTop(r.top_kanwil),
      topGroup: /^Jawa \(([^)]+)\)/.exec(r.top_kanwil)?.[1].split(', ').map(kanwilFromShort) ?? [],
      amounts: amounts(r.lainnya),
    };
    if (Number.isNaN(ru.total) && year >= FACT_FIRST_YEAR) throw new Error(`No Remisi Umum total for ${year}`);
    // 2015 has only RU II and the Dasawarsa note: before the seed's years.
    add(ru, rd ? '' : r.hemat_biaya_makan_rp, r.lainnya);
    if (rd) {
      // The headline counts only RD II (4,186) as freed; the 314 freed from a fine's substitute term stay in RD I.
      const total = Number(rd[1]);
      const released = Number(rd[2]);
      add({ year, event: 'DASAWARSA', total, recipients: total - released, released, kanwilTop: [], topGroup: [], amounts: null }, '', '');
      // "napi total 372295" = RU + RD, and the saving is for all of them.
      const napi = /napi total (\d+)/.exec(r.lainnya);
      if (napi) out.yearTotals.push({ year, total: Number(napi[1]) });
      if (r.hemat_biaya_makan_rp)
        out.savings.push({ keys: [roundKey(year, 'RU_17_AGUSTUS'), roundKey(year, 'DASAWARSA')], rupiah: int(r.hemat_biaya_makan_rp)!, approx: false });
    }
  }
  for (const r of readReference('remisi_khusus_keagamaan.csv')) {
    const event = EVENT_OF[r.hari_raya];
    if (!event) throw new Error(`Unknown hari_raya ${r.hari_raya}`);
    const year = Number(r.tahun);
    add(
      {
        year,
        event,
        total: int(r.rk_total)!,
        recipients: int(r.rk_i),
        released: int(r.rk_ii_bebas),
        kanwilTop: kanwilTop(r.catatan),
        topGroup: [],
        amounts: amounts(r.catatan),
      },
      r.hemat_rp,
      r.catatan,
    );
    const both = /Nyepi\+IdulFitri hemat Rp([\d.]+) M\b/.exec(r.catatan);
    if (both) out.savings.push({ keys: [roundKey(year, 'RK_NYEPI'), roundKey(year, 'RK_IDUL_FITRI')], rupiah: Number(both[1]) * 1e9, approx: true });
  }
  for (const f of out.rounds.values()) {
    // Remisi Umum 2018: 100,776 + 2,220 = 102,996, not the 102,976 of the headline. The total and
    // the freed are what every report repeats, so RU I becomes the difference (100,756).
    if (f.released !== null && f.recipients !== f.total - f.released) {
      out.conflicts.push(`${roundKey(f.year, f.event)}: I ${f.recipients} + II ${f.released} ≠ total ${f.total}; I taken as ${f.total - f.released}`);
      f.recipients = f.total - f.released;
    }
  }
  if (!out.dailyCost) throw new Error('No daily food cost (Rp…/org/hari) in the remission figures');
  return out;
}
