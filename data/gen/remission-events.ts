// The remission calendar: which events happen in which year and on which day
// (data/gen/remission-calendar.csv, the real holiday dates), and what each kind
// of remission may grant per person (Keppres 174/1999, DATA-CONTRACT.md).
import { join } from 'node:path';
import { readCsvObjects } from './csv.ts';
import { monthIndex } from './months.ts';

/** The `event` enum of the contract's `remission` table. */
export const REMISSION_EVENTS = ['RU_17_AGUSTUS', 'RK_IDUL_FITRI', 'RK_NATAL', 'RK_NYEPI', 'RK_WAISAK', 'RK_IMLEK', 'DASAWARSA'] as const;
/** One of REMISSION_EVENTS. */
export type RemissionEvent = (typeof REMISSION_EVENTS)[number];

/** First and last year of the remission and UMKM seed. */
export const FACT_FIRST_YEAR = 2018;
export const FACT_LAST_YEAR = 2025;

/**
 * Per-person amount in half months (15 days = 1): Remisi Umum 1 to 6 months,
 * Remisi Khusus 15 days to 2 months, Remisi Dasawarsa 1/12 of the sentence, at
 * most 3 months (a six-month sentence, the shortest eligible, gives 15 days).
 */
export const HALF_MONTHS: Record<RemissionEvent, { min: number; max: number }> = {
  RU_17_AGUSTUS: { min: 2, max: 12 },
  DASAWARSA: { min: 1, max: 6 },
  RK_IDUL_FITRI: { min: 1, max: 4 },
  RK_NATAL: { min: 1, max: 4 },
  RK_NYEPI: { min: 1, max: 4 },
  RK_WAISAK: { min: 1, max: 4 },
  RK_IMLEK: { min: 1, max: 4 },
};

/** One remission round. */
export interface RemissionRound {
  year: number;
  event: RemissionEvent;
  /** ISO date of the day it was granted. */
  date: string;
  /** Days since 1970-01-01 (a DuckDB DATE). */
  days: number;
  /** Month index (months.ts) of the month-end snapshot whose prisoners it is shared among. */
  month: number;
}

/** The rounds of 2018..2025 in date order, from remission-calendar.csv. */
export function remissionRounds(): RemissionRound[] {
  const rows = readCsvObjects(join(import.meta.dirname, 'remission-calendar.csv'));
  const rounds = rows.map((r) => {
    const event = r.event as RemissionEvent;
    if (!REMISSION_EVENTS.includes(event)) throw new Error(`Unknown remission event ${r.event}`);
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.event_date);
    if (!m || Number(m[1]) !== Number(r.year)) throw new Error(`Bad event_date ${r.event_date} for ${r.year}`);
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return { year: y, event, date: r.event_date, days: Date.UTC(y, mo - 1, d) / 86_400_000, month: monthIndex(y, mo) };
  });
  return rounds.sort((a, b) => a.days - b.days || REMISSION_EVENTS.indexOf(a.event) - REMISSION_EVENTS.indexOf(b.event));
}

/** Key of a year's event, e.g. `2024 RU_17_AGUSTUS`. */
export function roundKey(year: number, event: RemissionEvent): string {
  return `${year} ${event}`;
}
